// A new user's first minutes in demo mode, at 1280 px and at 375 px with touch: the empty dashboard says how to
// start, a badge says demo mode is on, a failed crawl stops animating and offers Retry, the pictures are the
// simulator's own (nothing is asked of Instagram's CDN), and the tab has an icon.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { foreignRequests as watchForeign } from "./browser.mjs";
import { simulatorFaults } from "./crawl.mjs";
import { startWithBrowser } from "./product.mjs";

for (const { name, context } of [
  { name: "1280 px", context: {} },
  { name: "375 px, touch", context: { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true } },
]) {
  describe(`first run at ${name}`, { concurrency: false }, () => {
    let product;
    let browser;
    let page;
    let foreignRequests = [];

    before(async () => {
      ({ product, browser, page } = await startWithBrowser({ context }));
      // Let every request through, so one to another host would show below rather than being cut off.
      await browser.context.unrouteAll();
      foreignRequests = watchForeign(page);
    });

    after(async () => {
      await browser?.close();
      await product?.stop();
    });

    const simulator = (method, body) => simulatorFaults(product.url, method, body);

    test("the empty dashboard shows three ways to start, a demo badge and a favicon", async () => {
      await page.goto("/");
      const guide = page.getByTestId("first-run");
      await guide.getByRole("heading", { name: /three ways to start/ }).waitFor();
      await guide.getByRole("heading", { name: "Connect your Instagram session" }).waitFor();
      await guide.getByRole("heading", { name: "You are in demo mode" }).waitFor();
      await guide.getByRole("heading", { name: "Import your Instagram data download" }).waitFor();
      await page.getByTestId("demo-badge").filter({ visible: true }).getByText("Demo mode").waitFor();
      const icon = await page.locator("link[rel=icon]").first().getAttribute("href");
      assert.ok(icon, "the page names an icon");
      const served = await page.request.get(icon);
      assert.equal(served.status(), 200);
      assert.match(served.headers()["content-type"], /image\/svg\+xml/);
      await guide.getByRole("link", { name: "Open Settings" }).click();
      await page.waitForURL(/\/settings\/$/);
    });

    test("a failed crawl stops its bar and Retry starts the same crawl again", async () => {
      await simulator("POST", { kind: "NotFound", match: "demo_small", count: 50 });
      await page.goto("/accounts/");
      await page.getByRole("button", { name: "New crawl" }).click();
      const dialog = page.getByRole("dialog", { name: "Crawl an account" });
      await dialog.getByLabel("Account").fill("demo_small");
      await dialog.getByRole("button", { name: "Start crawl" }).click();
      const panel = dialog.getByTestId("crawl-progress");
      await panel.getByText("Failed", { exact: true }).waitFor({ timeout: 60_000 });
      assert.equal(await panel.locator(".animate-pulse").count(), 0, "an ended crawl's bar is still");
      await simulator("DELETE");
      await panel.getByRole("button", { name: "Retry crawl" }).click();
      await panel.getByText("Succeeded").waitFor({ timeout: 90_000 });
      assert.equal(await panel.getByRole("progressbar").getAttribute("aria-valuenow"), "100");
      await panel.getByRole("link", { name: "View data" }).click();
      await page.waitForURL(/\/accounts\/view\/\?u=demo_small/);
    });

    test("pictures come from the simulator and nothing is asked of another host", async () => {
      await page.getByTestId("count-followers").getByText("1,200").waitFor();
      const picture = page.locator("main img[src^='data:image/svg+xml']").first();
      await picture.waitFor();
      assert.ok(await picture.evaluate((img) => img.complete && img.naturalWidth > 0), "the picture loaded");
      assert.equal(await page.getByTestId("demo-badge").filter({ visible: true }).count(), 1);
      assert.deepEqual(foreignRequests, []);
    });
  });
}
