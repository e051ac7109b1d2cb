// Counts end to end in demo mode: five demo brands watched at the counts level, one seeded with 40 days of imported
// history, then read once by `runCountsNow`; the accounts table's sparkline and 7-day change, the account page's counts
// chart and range picker, and the rankings page, each at 320 and 1280 px with screenshots.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { checkPage, openBrowser } from "./browser.mjs";
import { graphqlFromTest } from "./crawl.mjs";
import { repoRoot, startProduct } from "./product.mjs";

const artifacts = join(repoRoot, "artifacts", "client-e2e");
mkdirSync(artifacts, { recursive: true });

let product;
let browser;
let page;

const graphql = (query, variables) => graphqlFromTest(product.url, query, variables);

before(async () => {
  product = await startProduct();
  const ids = [];
  for (let i = 1; i <= 5; i++) {
    const data = await graphql("mutation($t: String!) { addAccount(input: { target: $t }) { account { id trackingLevel } } }", { t: `demo_brand_00${i}` });
    assert.equal(data.addAccount.account.trackingLevel, "COUNTS");
    ids.push(data.addAccount.account.id);
  }
  const day = 86_400_000;
  const csv = ["date,followers,following,posts"]
    .concat(Array.from({ length: 40 }, (_, i) => `${new Date(Date.now() - (40 - i) * day).toISOString().slice(0, 10)},${10_000 + i * 150 + (i % 3) * 40},300,${50 + i}`))
    .join("\n");
  const imported = await graphql("mutation($id: ID!, $csv: String!) { importCounts(input: { accountId: $id, csv: $csv }) { imported errors { __typename } } }", { id: ids[0], csv });
  assert.equal(imported.importCounts.imported, 40);
  const run = await graphql("mutation { runCountsNow { read failed } }");
  assert.deepEqual(run.runCountsNow, { read: 5, failed: 0 });
  browser = await openBrowser(product.url);
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

const check = (name, width, problems) => checkPage(page, join(artifacts, `${width}-counts-${name}.png`), name, problems);

describe("counts", { concurrency: false }, () => {
  for (const width of [320, 1280]) {
    test(`at ${width} px: sparklines and 7-day change, the counts chart, rankings`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const problems = [];

      await page.goto("/accounts/");
      // The first page of a cold server on a busy machine can take a while.
      await page.locator("[data-testid=sparkline]:visible").first().waitFor({ timeout: 60_000 });
      const change = page.locator("[data-testid=week-change]:visible").filter({ hasText: /\+[\d,]+ \(\+\d+\.\d%\)$/ });
      await change.first().waitFor();
      await check("accounts", width, problems);

      await page.goto("/accounts/view/?u=demo_brand_001");
      const section = page.getByTestId("counts-section");
      await section.locator(".recharts-line-curve").waitFor();
      assert.match(await page.getByTestId("counts-projection").textContent(), /^[\d,]+$/);
      assert.match(await section.getByText(/^In \d+ days$/).textContent(), /^In 30 days$/);
      await section.getByRole("radio", { name: "7 d" }).click();
      await section.getByRole("radio", { name: "7 d", checked: true }).waitFor();
      await section.getByRole("radio", { name: "All" }).click();
      await section.locator(".recharts-line-curve").waitFor();
      assert.equal(await section.getByRole("radio", { name: "Counts only", checked: true }).count(), 1);
      await check("account", width, problems);

      // One reading today: no projection from it, and the page says how long until there is one.
      await page.goto("/accounts/view/?u=demo_brand_002");
      await page.getByTestId("counts-section").getByText("needs 6 more days of readings").waitFor();
      assert.equal(await page.getByTestId("counts-projection").textContent(), "—");

      await page.goto("/rankings/");
      const table = page.getByTestId("rankings");
      await table.getByText("@demo_brand_001").waitFor();
      await page.getByRole("radio", { name: "Followers" }).click();
      await page.getByRole("radio", { name: "Followers", checked: true }).waitFor();
      assert.equal(await table.locator("tbody tr").count(), 5);
      await check("rankings", width, problems);

      assert.deepEqual(problems, []);
    });
  }
});
