// Alerts as a user meets them, at 1280 px and at 375 px with touch: add an ntfy channel pointed at a listener this
// test runs, send a test, see it in the delivery log; crawl demo_growth twice and find who left under the bell.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { after, before, describe, test } from "node:test";
import { crawl } from "./crawl.mjs";
import { startWithBrowser } from "./product.mjs";

/** A local ntfy-shaped receiver: keeps each POST's title header and body. */
async function startReceiver() {
  const received = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ path: req.url, title: req.headers.title, body });
      res.end("{}");
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, received, close: () => new Promise((r) => server.close(r)) };
}

for (const { name, context } of [
  { name: "1280 px", context: {} },
  { name: "375 px, touch", context: { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true } },
]) {
  describe(`alerts at ${name}`, { concurrency: false }, () => {
    let product;
    let browser;
    let page;
    let receiver;

    before(async () => {
      receiver = await startReceiver();
      ({ product, browser, page } = await startWithBrowser({ context, args: ["--Alerts:PollEvery=00:00:00.500", "--Alerts:AllowPrivateHosts=127.0.0.1"] }));
    });

    after(async () => {
      await browser?.close();
      await product?.stop();
      await receiver?.close();
    });

    test("an ntfy channel is added, its test arrives and the delivery log shows it sent", async () => {
      await page.goto("/settings/");
      const form = page.getByRole("form", { name: "Add a channel" });
      await form.getByLabel("Name").fill("Phone");
      await form.getByLabel("Topic URL").fill(`${receiver.url}/instaintel`);
      await form.getByRole("button", { name: "Add channel" }).click();
      const channel = page.getByTestId("channel-list").getByRole("listitem").filter({ hasText: "Phone" });
      await channel.waitFor();
      await channel.getByRole("button", { name: "Send test to Phone" }).click();
      await page.getByText("Test sent to Phone.").waitFor();
      assert.equal(receiver.received.length, 1);
      assert.equal(receiver.received[0].title, "InstaIntel test alert");
      await page.getByTestId("delivery-log").getByText("InstaIntel test alert").waitFor();
      await page.getByTestId("delivery-log").getByText("sent", { exact: true }).first().waitFor();
    });

    test("crawling demo_growth twice sends one message naming who left, and the bell lists it", async () => {
      await crawl(page, "demo_growth");
      await crawl(page, "demo_growth");
      const deadline = Date.now() + 20_000;
      while (receiver.received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      assert.equal(receiver.received.length, 2, "the test message and one alert");
      assert.match(receiver.received[1].title, /^@demo_growth: \d+ unfollowed/);
      assert.match(receiver.received[1].body, /^Unfollowed @demo_growth: @/);

      await page.goto("/settings/");
      const bell = page.getByTestId("notification-bell").locator("visible=true");
      await bell.getByTestId("unread-count").getByText("1").waitFor();
      await bell.click();
      const list = page.getByTestId("notification-list");
      await list.getByText(/@demo_growth: \d+ unfollowed/).waitFor();
      await page.getByRole("dialog", { name: "Notifications" }).getByRole("button", { name: "Mark all read" }).click();
      await page.getByRole("dialog", { name: "Notifications" }).getByRole("button", { name: "Mark all read" }).waitFor({ state: "detached" });
      await page.keyboard.press("Escape");
      await page.getByTestId("unread-count").locator("visible=true").waitFor({ state: "detached" });
    });
  });
}
