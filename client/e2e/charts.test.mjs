// Charts that neither mislead nor hide the lists, end to end in demo mode: demo_growth crawled three times and
// demo_small once. At 1280 px and at 320 px with touch: the dashboard's top growth plots over real dates, the account
// page shows its follower list on the first screen with the charts folded above it, the timeline reads as one count
// axis plus a gained/lost strip, and nothing scrolls sideways or is cut off with an ellipsis.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { checkPage, openBrowser } from "./browser.mjs";
import { crawl } from "./crawl.mjs";
import { repoRoot, startProduct } from "./product.mjs";

const artifacts = join(repoRoot, "artifacts", "client-e2e");
mkdirSync(artifacts, { recursive: true });

let product;
const browsers = [];

before(async () => {
  product = await startProduct();
  const browser = await openBrowser(product.url);
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto("/");
  for (let i = 0; i < 3; i++) await crawl(page, "demo_growth");
  await crawl(page, "demo_small");
});

after(async () => {
  for (const browser of browsers) await browser.close();
  await product?.stop();
});

/** A fresh browser at `width` × `height`: touch and mobile below 400 px. */
async function pageAt(width, height) {
  const touch = width < 400;
  const browser = await openBrowser(product.url, [], touch ? { hasTouch: true, isMobile: true } : {});
  browsers.push(browser);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.setViewportSize({ width, height });
  return page;
}

async function check(page, name, width, problems) {
  await checkPage(page, join(artifacts, `${width}-charts-${name}.png`), name, problems);
  const cut = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      // A visually hidden control (1 px wide, e.g. a file input behind its button) is not text anyone reads.
      .filter((el) => el.clientWidth > 1 && getComputedStyle(el).textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent.trim() || el.outerHTML.slice(0, 300)),
  );
  for (const text of cut) problems.push(`${name}: "${text}" is cut off`);
}

const shortDate = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}$/;
const today = new Date().toLocaleDateString("en-US", { month: "short", day: "numeric" });

/** The x-axis tick labels of the chart inside `container`, once drawn. */
async function xTicks(container) {
  const ticks = container.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await ticks.first().waitFor();
  return ticks.allTextContents();
}

describe("charts that neither mislead nor hide", { concurrency: false }, () => {
  for (const [width, height] of [[1280, 900], [320, 640]]) {
    test(`at ${width} × ${height} px`, async () => {
      const page = await pageAt(width, height);
      const problems = [];

      await page.goto("/");
      await page.getByTestId("top-growth").getByText("@demo_growth").waitFor();
      const growth = page.getByTestId("growth-chart");
      await growth.locator(".recharts-line-curve").first().waitFor();
      const ticks = await xTicks(growth);
      assert.ok(ticks.length >= 1, "the growth chart has date ticks");
      for (const tick of ticks) assert.match(tick, shortDate, `top growth x tick ${tick} is a date`);
      assert.ok(ticks.includes(today), `the crawls just made are on today's date (${today}) among ${ticks}`);
      const yTicks = await growth.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
      assert.ok(yTicks.length > 0 && yTicks.every((t) => /^-?[\d.]+%$/.test(t)), `growth is plotted in %, not totals: ${yTicks}`);
      await check(page, "dashboard", width, problems);

      await page.goto("/accounts/view/?u=demo_growth");
      const firstRow = page.locator("[role=table] [role=row]:has([role=cell])").first();
      await firstRow.waitFor();
      await check(page, "account", width, problems);
      const box = await firstRow.boundingBox();
      assert.ok(box.y + box.height <= height, `the first follower row ends at ${Math.round(box.y + box.height)} px, within the first ${height} px`);
      const section = page.getByTestId("insights-section");
      assert.equal(await section.evaluate((d) => d.open), false, "the charts start folded");

      await section.locator("summary").click();
      const timeline = page.getByTestId("timeline");
      await timeline.locator(".recharts-bar-rectangle").first().waitFor();
      await timeline.getByTestId("timeline-counts").locator(".recharts-line-curve").first().waitFor();
      assert.equal(await timeline.getByTestId("timeline-counts").locator(".recharts-yAxis").count(), 1, "one count axis");
      for (const part of ["timeline-counts", "timeline-changes"])
        for (const tick of await xTicks(timeline.getByTestId(part))) assert.match(tick, shortDate, `${part} x tick ${tick} is a date`);
      await page.getByTestId("spoke-fans").getByText(/\d/).waitFor();
      await check(page, "account-charts", width, problems);

      // The choice is remembered: the charts come back open, and the list's tabs still live in the URL.
      await page.goto("/accounts/view/?u=demo_growth&tab=fans");
      await page.getByRole("tab", { name: /Fans/, selected: true }).waitFor();
      await timeline.locator(".recharts-bar-rectangle").first().waitFor();
      await page.getByRole("tab", { name: /Following/ }).click();
      await page.waitForURL(/tab=following/);

      assert.deepEqual(problems, []);
    });
  }
});
