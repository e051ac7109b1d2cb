// A client outside the trusted networks (here: none are trusted) sees only the unlock page until it gives the
// passphrase set with scripts/generate-env; the page runs under its own Content Security Policy.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { repoRoot, startWithBrowser } from "./product.mjs";

const passphrase = "a long enough e2e passphrase";

let product;
let browser;
let page;

before(async () => {
  ({ product, browser, page } = await startWithBrowser({
    args: ["--Security:TrustedNetworks=none"],
    prepare: (data) => execFileSync("bash", ["scripts/generate-env", "--data", data, "--passphrase", passphrase], { cwd: repoRoot }),
  }));
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

describe("remote client", { concurrency: false }, () => {
  test("sees only the unlock page until it gives the passphrase, then the page it asked for", async () => {
    const first = await page.goto("/accounts/");
    assert.equal(first.status(), 401);
    await page.getByRole("heading", { name: "Unlock InstaIntel" }).waitFor();

    await page.getByLabel("Passphrase").fill("not the passphrase");
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByRole("alert").getByText(/Wrong passphrase/).waitFor();
    await page.waitForTimeout(1_200); // the wait after a wrong passphrase

    await page.getByLabel("Passphrase").fill(passphrase);
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.locator("main h1").waitFor();
    assert.match(page.url(), /\/accounts\/$/);

    const cookie = (await browser.context.cookies()).find((c) => c.name === "instaintel_unlock");
    assert.ok(cookie?.httpOnly);
    assert.equal(cookie.sameSite, "Strict");
    assert.deepEqual(browser.cspViolations, []);
  });
});
