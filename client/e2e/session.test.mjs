// When Instagram says the session is gone, the crawl waits and every page says what to do: a banner that survives
// a reload, the crawl's own "Open Settings", and the session marked in Settings, at phone and desktop widths.
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

/** Demo mode puts the simulator on the API's port + 1; its admin endpoint injects what Instagram would answer. */
async function injectFault(kind, match) {
  const simulator = new URL(product.url);
  simulator.port = String(Number(simulator.port) + 1);
  const response = await fetch(new URL("/__simulator/faults", simulator), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind, match, count: 1 }),
  });
  assert.equal(response.status, 204);
}

describe("a session Instagram logged out", { concurrency: false }, () => {
  test("pauses the crawl, raises a banner on every page and marks the session in Settings", async () => {
    await injectFault("LoginRedirect", "mobile:/api/v1/friendships"); // the demo account is logged in as the app
    await page.goto("/accounts/");
    await page.getByRole("button", { name: "New crawl" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Account").fill("demo_small");
    await dialog.getByRole("button", { name: "Start crawl" }).click();

    const panel = page.getByTestId("crawl-progress");
    await panel.getByText("Waiting for session").waitFor();
    await panel.getByText(/session has expired/).waitFor();
    await panel.getByRole("link", { name: "Open Settings" }).waitFor();
    await page.keyboard.press("Escape");

    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      const banner = page.getByTestId("session-banner");
      await banner.getByText("Your Instagram session needs attention").waitFor();
      await page.reload();
      await banner.waitFor();
      await banner.getByRole("link", { name: "Open Settings" }).click();
      await page.waitForURL(/\/settings\/?$/);
      await page.getByTestId("connected-session").getByTestId("connected-session-status").getByText("Expired").waitFor();
    }
  });
});
