// Settings as a user meets it, at 1280 px and at 375 px with touch: no developer notes or dead controls; a backup
// downloads through the page, and a restore asks first, is staged for the next start and can be cancelled; the pacing
// shown beside the sessions is the server's.
import assert from "node:assert/strict";
import { gunzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { graphqlFromTest } from "./crawl.mjs";
import { downloadBy } from "./downloads.mjs";
import { startWithBrowser } from "./product.mjs";

for (const { name, context } of [
  { name: "1280 px", context: {} },
  { name: "375 px, touch", context: { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true } },
]) {
  describe(`settings at ${name}`, { concurrency: false }, () => {
    let product;
    let browser;
    let page;

    before(async () => {
      ({ product, browser, page } = await startWithBrowser({ context }));
    });

    after(async () => {
      await browser?.close();
      await product?.stop();
    });

    test("shows no developer notes and no disabled controls", async () => {
      await page.goto("/settings/");
      await page.getByTestId("session-status").getByText(/Connected/).waitFor();
      await page.getByTestId("backup-list").or(page.getByText("No backups yet.")).waitFor();
      assert.equal(await page.getByText(/Arrives with|has no setting for it yet|read-only until/).count(), 0);
      assert.equal(await page.locator("main :is(input, select, textarea):disabled").count(), 0);
    });

    test("the demo session says it is the app's, and letting it cross names the risk and holds across a reload", async () => {
      await page.goto("/settings/");
      const surfaces = page.getByTestId("connected-session").getByTestId("session-surfaces");
      await surfaces.getByText(/Logged in as the Instagram app/).waitFor();
      const cross = surfaces.getByRole("switch", { name: "Also use the browser's surfaces" });
      assert.equal(await cross.getAttribute("aria-checked"), "false");
      await (context.hasTouch ? cross.tap() : cross.click());
      await surfaces.locator("p.text-destructive").getByText(/logs out accounts/).waitFor();
      await page.reload();
      await surfaces.locator("p.text-destructive").waitFor();
      assert.equal(await cross.getAttribute("aria-checked"), "true", "the choice is the server's, not the page's");
      await (context.hasTouch ? cross.tap() : cross.click());
      await surfaces.locator("p.text-muted-foreground").getByText(/logs out accounts/).waitFor();
    });

    test("the pacing in effect on the server stands with the sessions' sliders", async () => {
      await page.goto("/settings/");
      const shown = await page.getByTestId("server-pacing").textContent();
      const { instagramPacing: pacing } = await graphqlFromTest(product.url, "{ instagramPacing { requestsPerMinute requestsPerHour dailyCap } }");
      const count = (n) => n.toLocaleString("en-US");
      const expected = `${count(pacing.requestsPerMinute)} requests a minute, ${count(pacing.requestsPerHour)} an hour and ${count(pacing.dailyCap)} a day`;
      assert.ok(shown.includes(expected), `"${shown}" names ${expected}`);
    });

    test("a backup downloads, and its restore is confirmed, staged for the next start and cancelled", async () => {
      await page.getByRole("button", { name: "Back up now" }).click();
      const saved = await page.getByRole("status").getByText(/^Saved instaintel-.*\.db\.gz\.$/).textContent();
      const fileName = saved.replace(/^Saved /, "").replace(/\.$/, "");
      const row = page.getByTestId("backup-row").filter({ hasText: fileName });

      const file = await downloadBy(page, () => row.getByRole("link", { name: `Download ${fileName}` }).click());
      assert.equal(file.name, fileName);
      assert.equal(gunzipSync(file.bytes).subarray(0, 16).toString("latin1"), "SQLite format 3\0", "the download is the gzipped database");

      const restore = row.getByRole("button", { name: `Restore ${fileName}` });
      await restore.click();
      const confirm = page.getByRole("alertdialog", { name: "Restore this backup?" });
      await confirm.getByRole("button", { name: "Cancel" }).click();
      await confirm.waitFor({ state: "detached" });
      assert.equal(await restore.evaluate((b) => b === document.activeElement), true, "focus is back on the button that opened the dialog");
      assert.equal(await page.getByTestId("pending-restore").count(), 0, "cancelling the dialog stages nothing");

      await restore.click();
      await confirm.getByRole("button", { name: "Restore on next start" }).click();
      const pending = page.getByTestId("pending-restore");
      await pending.getByText(fileName).waitFor();
      await pending.getByText(/Restart it to finish/).waitFor();
      await page.reload();
      await pending.getByText(fileName).waitFor();
      await pending.getByRole("button", { name: "Cancel restore" }).click();
      await pending.waitFor({ state: "detached" });
    });
  });
}
