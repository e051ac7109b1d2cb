// Why each follower left, end to end in demo mode on a phone: demo_growth crawled twice loses some who unfollowed and
// one who deactivated; the lost view says which after the look-ups that follow the crawl, filters by reason in the
// URL (kept on reload and in a shared link), and the per-account switch for those look-ups stays as set.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { openBrowser } from "./browser.mjs";
import { crawl } from "./crawl.mjs";
import { startProduct } from "./product.mjs";

let product;
let browser;
let page;

before(async () => {
  product = await startProduct();
  browser = await openBrowser(product.url, [], { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto("/");
  await crawl(page, "demo_growth");
  await crawl(page, "demo_growth");
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

const reasons = () => page.getByTestId("lost-reason");
/** Waits until the list's count (once shown) satisfies `check`. */
async function countIs(check) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const text = (await page.getByTestId("match-count").textContent({ timeout: 20_000 }).catch(() => "")) ?? "";
    if (/\d/.test(text) && check(Number(text.replace(/\D/g, "")))) return;
    assert.ok(Date.now() < deadline, `the count "${text}" never matched`);
    await page.waitForTimeout(200);
  }
}

const count = async () => Number((await page.getByTestId("match-count").textContent()).replace(/\D/g, ""));

test("the lost view says why each person left and filters by it", async () => {
  await page.goto("/accounts/view/?u=demo_growth&show=lost");
  // The look-ups run just after the crawl: reload until every lost row has its reason.
  const deadline = Date.now() + 30_000;
  for (;;) {
    await reasons().first().waitFor();
    const texts = await reasons().allTextContents();
    if (!texts.includes("Why: not checked")) break;
    assert.ok(Date.now() < deadline, "every lost follower checked within 30 s");
    await page.waitForTimeout(500);
    await page.reload();
  }
  const texts = await reasons().allTextContents();
  assert.ok(texts.includes("Unfollowed"), "someone unfollowed");
  assert.ok(texts.includes("Not visible: deactivated, deleted or blocked"), "the deactivated one, seen by the only session");
  const all = await count();

  await page.getByLabel("Why they left").selectOption("UNFOLLOWED");
  await page.waitForURL(/why=UNFOLLOWED/);
  await countIs((shown) => shown > 0 && shown < all);
  assert.deepEqual([...new Set(await reasons().allTextContents())], ["Unfollowed"]);

  await page.reload();
  assert.equal(await page.getByLabel("Why they left").inputValue(), "UNFOLLOWED");

  // A shared link opens on its reason; "Any reason" shows everyone lost again.
  await page.goto("/accounts/view/?u=demo_growth&show=lost&why=UNAVAILABLE");
  await countIs((shown) => shown === 1);
  assert.deepEqual(await reasons().allTextContents(), ["Not visible: deactivated, deleted or blocked"]);
  await page.getByLabel("Why they left").selectOption("");
  await page.waitForURL((url) => !url.search.includes("why="));
  await countIs((shown) => shown === all);
});

test("the switch for the look-ups is kept per account", async () => {
  await page.goto("/accounts/view/?u=demo_growth&show=lost");
  const toggle = page.getByRole("switch", { name: /Check why each person left/ });
  assert.equal(await toggle.getAttribute("aria-checked"), "true");
  await toggle.tap();
  await page.waitForFunction(() => document.querySelector("[role=switch]")?.getAttribute("aria-checked") === "false");
  await page.waitForTimeout(300);
  await page.reload();
  assert.equal(await page.getByRole("switch", { name: /Check why each person left/ }).getAttribute("aria-checked"), "false");
});
