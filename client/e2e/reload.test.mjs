// Reloading a page, with and without the browser's cache, and coming back to it: the page boots every time. A 304
// answer's headers are merged into the cached page, so its Content Security Policy must still name the page's scripts.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { startWithBrowser } from "./product.mjs";

let product;
let browser;
let page;

before(async () => {
  ({ product, browser, page } = await startWithBrowser());
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

/** Waits until the route shows what only its booted scripts render, and no CSP refusal was reported. */
async function booted(ready) {
  await ready().waitFor();
  assert.deepEqual(browser.cspViolations, []);
}

const routes = [
  // Values the static export does not contain: each appears only once the page's scripts ran and fetched data.
  { path: "/", ready: () => page.locator("p.tabular-nums").first() },
  { path: "/accounts/", ready: () => page.getByText("No accounts tracked yet") },
  { path: "/graphql", ready: () => page.locator(".graphiql-query-editor .CodeMirror").first() },
];

describe("reload", { concurrency: false }, () => {
  for (const { path, ready } of routes) {
    test(`${path} boots on load, reload, reload from cache and back`, async () => {
      await page.goto(path);
      await booted(ready);
      await page.reload();
      await booted(ready);
      // A second reload revalidates the cached page (If-None-Match / If-Modified-Since).
      const revalidated = page.waitForResponse((r) => new URL(r.url()).pathname === path && r.request().resourceType() === "document");
      await page.reload();
      await revalidated;
      await booted(ready);
      await page.goto("/settings/");
      await page.goBack();
      await booted(ready);
    });
  }
});
