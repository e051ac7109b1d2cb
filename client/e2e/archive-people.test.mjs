// People an archive brought in have a username but no Instagram id until a crawl lists them: their rows lead to their
// page by username, and both say since when they follow (or are followed), at 1280 px and at 375 px with touch.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import JSZip from "jszip";
import { openBrowser } from "./browser.mjs";
import { startProduct } from "./product.mjs";

// 2025-03-14, in the archive's shapes: followers newest first with their value, following by title.
const followedAt = 1741944360;
const followersJson = (...names) =>
  JSON.stringify(names.map((u) => ({ title: "", media_list_data: [], string_list_data: [{ href: `https://www.instagram.com/${u}`, value: u, timestamp: followedAt }] })));
const followingJson = (...names) =>
  JSON.stringify({ relationships_following: names.map((u) => ({ title: u, string_list_data: [{ href: `https://www.instagram.com/_u/${u}`, timestamp: followedAt }] })) });

let product;

before(async () => {
  product = await startProduct();
  const zip = new JSZip();
  zip.file("connections/followers_and_following/followers_1.json", followersJson("ada.archive", "bo.archive"));
  zip.file("connections/followers_and_following/following.json", followingJson("ada.archive"));
  const form = new FormData();
  form.append("file", new Blob([await zip.generateAsync({ type: "nodebuffer" })], { type: "application/zip" }), "instagram-people.owner-2026-11-20-Pq34Rs.zip");
  const response = await fetch(`${product.url}/imports`, { method: "POST", body: form });
  assert.equal(response.status, 200, await response.text());
});

after(async () => {
  await product?.stop();
});

for (const { name, context } of [
  { name: "1280 px", context: {} },
  { name: "375 px, touch", context: { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true } },
]) {
  describe(`an archive person at ${name}`, { concurrency: false }, () => {
    let browser;
    let page;

    before(async () => {
      browser = await openBrowser(product.url, [], context);
      page = await browser.context.newPage();
      page.setDefaultTimeout(20_000);
    });

    after(async () => {
      await browser?.close();
    });

    test("the list row says since when, and opens their page by username", async () => {
      await page.goto("/accounts/view/?u=people.owner");
      const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "@ada.archive" }) });
      assert.equal(await row.locator("[data-testid=since]:visible").innerText(), "Follows you since Mar 2025");

      const link = row.getByRole("link", { name: "@ada.archive" });
      await (context.hasTouch ? link.tap() : link.click());
      await page.waitForURL(/\/profiles\/view\/\?u=ada\.archive$/);

      await page.getByRole("heading", { name: "@ada.archive" }).waitFor();
      const relation = page.getByTestId("relation").filter({ hasText: "@people.owner" });
      await relation.getByText("Mutual").waitFor();
      assert.deepEqual(await relation.getByTestId("since").locator("span").allInnerTexts(), [
        "Follows you since Mar 2025",
        "You follow them since Mar 2025",
      ]);
    });
  });
}
