// Settings → API tokens as a user meets it: a token is created with its secret shown once, works as a Bearer token
// for a script, shows when it was last used, and stops working once revoked from the list.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startWithBrowser } from "./product.mjs";

describe("API tokens in Settings", { concurrency: false }, () => {
  let product;
  let browser;
  let page;

  before(async () => {
    ({ product, browser, page } = await startWithBrowser({}));
  });

  after(async () => {
    await browser?.close();
    await product?.stop();
  });

  const asScript = (secret) =>
    fetch(`${product.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: "query FromAScript { dashboard { trackedAccounts } }" }),
    });

  test("a created token's secret is shown once, works for a script and stops working once revoked", async () => {
    await page.goto("/settings/");
    const card = page.getByRole("form", { name: "New API token" });
    await card.getByLabel("Name").fill("Spreadsheet");
    await card.getByRole("button", { name: "Create token" }).click();
    const secret = (await page.getByTestId("new-token-secret").textContent()).trim();
    assert.match(secret, /^ii_[A-Za-z0-9_-]{40,}$/);

    const used = await asScript(secret);
    assert.equal(used.status, 200);
    assert.equal(typeof (await used.json()).data.dashboard.trackedAccounts, "number");

    await page.reload();
    const row = page.getByTestId("token-list").getByRole("listitem").filter({ hasText: "Spreadsheet" });
    await row.getByText(/last used .* from /).waitFor();
    assert.equal(await page.getByTestId("new-token-secret").count(), 0, "the secret is not shown again");

    await row.getByRole("button", { name: "Revoke Spreadsheet" }).click();
    await row.getByText("revoked").waitFor();
    const refused = await asScript(secret);
    assert.equal(refused.status, 401);
    assert.equal((await refused.json()).errors[0].extensions.code, "TOKEN_REVOKED");
  });
});
