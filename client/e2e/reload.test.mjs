// Reloading every page, with and without the browser's cache, and coming back to it: the page boots every time and
// keeps the theme the user chose. A 304 answer's headers are merged into the cached page, so its Content Security
// Policy must still name the page's scripts, or the page stays on its loading skeletons.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { crawl, firstFollower } from "./crawl.mjs";
import { foreignRequests as watchForeign } from "./browser.mjs";
import { startWithBrowser } from "./product.mjs";

let product;
let browser;
let page;
let foreignRequests = [];
let follower; // a follower of demo_small, for the person page

before(async () => {
  ({ product, browser, page } = await startWithBrowser());
  // Intercepting requests turns Chromium's HTTP cache off, and with it the 304s this test is about. Nothing here
  // leaves the machine anyway: demo avatars are the simulator's own, and the test fails on any other host.
  await browser.context.unrouteAll();
  foreignRequests = watchForeign(page);
  await page.goto("/settings/");
  await crawl(page, "demo_small");
  follower = await firstFollower(product.url, "demo_small");
  // The saved choice (light) differs from the OS (dark), so a lost theme shows.
  await page.getByRole("button", { name: "Switch to light theme" }).click();
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

const isDark = () => page.evaluate(() => document.documentElement.classList.contains("dark"));

/** Waits until the route shows what only its booted scripts render, with the saved theme and no CSP refusal. */
async function booted(ready, how) {
  await ready().waitFor();
  assert.equal(await isDark(), false, `the saved light theme is kept after ${how}`);
  // Every loading placeholder (skeletons, indeterminate bars) gives way to data.
  await page.waitForFunction(() => ![...document.querySelectorAll(".animate-pulse")].some((e) => e.checkVisibility()), null, {
    timeout: 15_000,
  });
  assert.deepEqual(browser.cspViolations, []);
  assert.deepEqual(foreignRequests, [], "no request left the machine");
}

/** The wire status of each document request from now on, in order. */
async function documentStatuses() {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  const documents = new Set();
  const statuses = [];
  cdp.on("Network.requestWillBeSent", (e) => e.type === "Document" && documents.add(e.requestId));
  cdp.on("Network.responseReceivedExtraInfo", (e) => documents.has(e.requestId) && statuses.push(e.statusCode));
  return () => {
    cdp.detach().catch(() => {});
    return statuses;
  };
}

const routes = [
  // Values the static export does not contain: each appears only once the page's scripts ran and fetched data.
  { path: "/", ready: () => page.locator("p.tabular-nums").getByText("1", { exact: true }).first() },
  { path: "/accounts/", ready: () => page.getByRole("main").getByRole("link", { name: /demo_small/ }).first() },
  { path: "/accounts/view/", query: "?u=demo_small", ready: () => page.getByTestId("count-followers").getByText("1,200") },
  { path: "/crawls/", ready: () => page.getByRole("main").getByText("Succeeded").first() },
  { path: "/network/", ready: () => page.getByTestId("network-count").getByText(/^Showing [1-9]/) },
  { path: "/settings/", ready: () => page.getByTestId("session-status").getByText(/Connected/) },
  // A crawl reads the account's counts, so demo_small is ranked.
  { path: "/rankings/", ready: () => page.getByTestId("rankings").getByText("@demo_small") },
  { path: "/profiles/view/", query: () => `?pk=${follower.pk}`, ready: () => page.getByTestId("relation").getByText(/demo_small/).first() },
  // The API answers /graphql's page itself with no validator (Cache-Control: no-cache), so always in full.
  { path: "/graphql", ready: () => page.locator(".graphiql-query-editor .CodeMirror").first(), revalidated: 200 },
  { path: "/graphiql/", ready: () => page.locator(".graphiql-query-editor .CodeMirror").first() },
];

describe("reload", { concurrency: false }, () => {
  for (const { path, query = "", ready, revalidated = 304 } of routes) {
    const search = () => (typeof query === "function" ? query() : query);
    test(`${path}${typeof query === "function" ? "?…" : query} boots on load, reload, reload from cache and back`, async () => {
      await page.goto(path + search());
      await booted(ready, "load");
      await page.reload();
      await booted(ready, "reload");
      // Another reload revalidates the cached page (If-None-Match / If-Modified-Since) and gets a 304, which Chromium
      // shows the page as the cached 200: the wire status comes from the DevTools protocol.
      const statuses = await documentStatuses();
      await page.reload();
      await booted(ready, "a 304 reload");
      assert.deepEqual(statuses(), [revalidated], "the reload's answer on the wire");
      await page.goto(path === "/settings/" ? "/" : "/settings/");
      await page.goBack();
      await booted(ready, "going back");
    });
  }
});

test("a link to the Crawls page's former address (/scrapes/, in alerts already sent) lands on /crawls/", async () => {
  await page.goto("/scrapes/");
  await booted(() => page.getByRole("main").getByText("Succeeded").first(), "the redirect");
  assert.equal(new URL(page.url()).pathname, "/crawls/");
});
