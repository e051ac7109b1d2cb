// Who came and went, end to end in demo mode: demo_growth crawled three times, demo_small once. At 320 px with touch,
// 768 and 1280 px: the first crawl is a baseline, the History tab (filters in the URL, reviewed marks, compare two
// crawls), a person's page, bulk actions and the ignore list, and the search's keyboard.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { checkPage, openBrowser } from "./browser.mjs";
import { downloadBy } from "./downloads.mjs";
import { crawlFromTest } from "./crawl.mjs";
import { repoRoot, startProduct } from "./product.mjs";

const artifacts = join(repoRoot, "artifacts", "client-e2e");
mkdirSync(artifacts, { recursive: true });

let product;
const browsers = [];

const crawl = (target) => crawlFromTest(product.url, target);

before(async () => {
  product = await startProduct();
  for (let i = 0; i < 3; i++) await crawl("demo_growth");
  await crawl("demo_small");
});

after(async () => {
  for (const browser of browsers) await browser.close();
  await product?.stop();
});

async function pageAt(width) {
  const touch = width < 400;
  const browser = await openBrowser(product.url, [], touch ? { hasTouch: true, isMobile: true } : {});
  browsers.push(browser);
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: product.url });
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  await page.setViewportSize({ width, height: 900 });
  return { page, touch };
}

const check = (page, name, width, problems) => checkPage(page, join(artifacts, `${width}-history-${name}.png`), name, problems);

const count = async (locator) => Number((await locator.textContent()).replace(/\D/g, ""));

describe("history, people and bulk actions", { concurrency: false }, () => {
  for (const width of [320, 768, 1280]) {
    test(`at ${width} px`, async () => {
      const { page, touch } = await pageAt(width);
      const press = (locator, options) => (touch ? locator.tap(options) : locator.click(options));
      const problems = [];

      // The first crawl is a baseline: nobody is new in it.
      await page.goto("/accounts/view/?u=demo_small");
      await press(page.getByTestId("insights-section").locator("summary")); // the charts start folded
      assert.match(await page.getByTestId("radar-spoke-newFollowers").getAttribute("aria-label"), /\b0\)?$/);
      await press(page.getByRole("radio", { name: "Only new" }));
      await page.getByText("No profiles here").waitFor();
      await page.goto("/crawls/");
      await page.getByText(/demo_small/).first().waitFor();
      assert.doesNotMatch(await page.locator("main").textContent(), /\+1,200|\+2,000/);

      // History: every new and lost person with the crawl's date; filters live in the URL.
      await page.goto("/accounts/view/?u=demo_growth&tab=history");
      const entries = page.getByTestId("history-entry");
      await entries.first().waitFor();
      const all = await count(page.getByTestId("history-count"));
      assert.ok(all > 10, `demo_growth's two later crawls changed people: ${all}`);
      await press(page.getByRole("radio", { name: "Lost", exact: true }));
      await page.waitForURL(/hkind=LOST/);
      await page.locator("[data-testid=history-list]:not(.opacity-60)").waitFor();
      await page.waitForFunction((n) => Number(document.querySelector("[data-testid=history-count]")?.textContent.replace(/\D/g, "")) < n, all);
      const lost = await count(page.getByTestId("history-count"));
      await page.reload();
      await page.getByRole("radio", { name: "Lost", exact: true, checked: true }).waitFor();
      await page.getByTestId("history-count").getByText(new RegExp(`^${lost.toLocaleString("en-US")} changes?$`)).waitFor();
      assert.equal(await entries.filter({ hasText: /\bnew\b/ }).count(), 0);
      await page.getByLabel("From date").fill("2099-01-01");
      await page.getByText("No changes here").waitFor();
      await page.getByLabel("From date").fill("");
      await entries.first().waitFor();

      // Compare two crawls: joined and left between the latest two.
      const compare = page.getByTestId("compare");
      await compare.getByTestId("compare-joined").getByRole("heading", { name: /Joined \([1-9]/ }).waitFor();
      await compare.getByTestId("compare-left").getByRole("heading", { name: /Left \([1-9]/ }).waitFor();
      await check(page, "history", width, problems);

      // Bulk: pick entries (a range with Shift on desktop, taps on a phone), mark them reviewed, export them.
      const boxes = page.getByRole("checkbox", { name: /^Select @/ });
      await press(boxes.nth(0));
      // The selection bar appears with the first pick and the list settles under it; then the next tap. Playwright's
      // wait for a box that stops moving can outlast the list's own settling on a slow machine, so the tap is forced:
      // the count below still proves it landed on the box.
      await page.getByTestId("selection-count").getByText("1 selected").waitFor();
      if (touch) await press(boxes.nth(1), { force: true });
      else await boxes.nth(3).click({ modifiers: ["Shift"] });
      const picked = touch ? 2 : 4;
      await page.getByTestId("selection-count").getByText(`${picked} selected`).waitFor();
      const csv = await downloadBy(page, () => press(page.getByRole("button", { name: "Export CSV" })));
      assert.equal(csv.name, "demo_growth-changes.csv");
      assert.equal(csv.bytes.toString("utf8").trim().split("\r\n").length, picked + 1);
      if (!touch) {
        await page.getByRole("button", { name: "Copy handles" }).click();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied.split("\n").length, picked);
        assert.match(copied, /^@/);
      }
      await press(page.getByRole("button", { name: "Mark reviewed" }));
      await page.getByTestId("history-status").getByText(`${picked} marked reviewed.`).waitFor();
      await press(page.getByLabel("Hide reviewed"));
      await page.waitForURL(/open=1/);
      await page.getByTestId("history-count").getByText(new RegExp(`^${(lost - picked).toLocaleString("en-US")} changes?$`)).waitFor();
      await press(page.getByLabel("Hide reviewed"));
      await page.getByTestId("history-count").getByText(new RegExp(`^${lost.toLocaleString("en-US")} changes?$`)).waitFor();
      await page.locator("[data-testid=history-entry].opacity-60").first().waitFor();
      // Undo, so the next width starts from the same state.
      await press(page.getByRole("checkbox", { name: "Select all loaded entries" }));
      await press(page.getByRole("button", { name: "Mark unreviewed" }));
      await page.getByTestId("history-status").getByText(/marked unreviewed/).waitFor();

      // A person's page from a history entry; Back keeps the filters.
      const first = entries.first().getByRole("link");
      const handle = (await first.textContent()).match(/@\S+/)[0];
      await press(first);
      await page.waitForURL(/\/profiles\/view\/\?pk=\d+/);
      await page.getByRole("heading", { name: handle, level: 1 }).waitFor();
      const relation = page.getByTestId("relation").filter({ hasText: "@demo_growth" });
      await relation.getByText("Stopped following").first().waitFor();
      assert.equal(await page.getByRole("link", { name: "Open on Instagram" }).getAttribute("href"), `https://www.instagram.com/${handle.slice(1)}/`);
      await check(page, "person", width, problems);
      await page.goBack();
      await page.waitForURL(/hkind=LOST/);
      await page.getByRole("radio", { name: "Lost", exact: true, checked: true }).waitFor();

      // Search, filter and sort of a list live in the URL too.
      await page.goto("/accounts/view/?u=demo_small&tab=mutuals");
      await page.getByRole("button", { name: "Handle" }).click();
      await page.waitForURL(/sort=username\.ASC/);
      await page.getByLabel("Search handle or name").fill("a");
      await page.waitForURL(/q=a/);
      await page.reload();
      assert.equal(await page.getByLabel("Search handle or name").inputValue(), "a");
      await page.locator("[role=columnheader][aria-sort=ascending]").getByText("Handle").waitFor();

      // The ignore list: picked people leave Not following back until taken off it again.
      await page.goto("/accounts/view/?u=demo_small&tab=notFollowingBack");
      const before = await count(page.getByTestId("count-notFollowingBack"));
      await press(page.getByRole("checkbox", { name: /^Select @/ }).first());
      await press(page.getByRole("button", { name: "Ignore" }));
      await page.getByTestId("list-status").getByText(/ignored/).waitFor();
      await page.getByTestId("count-notFollowingBack").getByText((before - 1).toLocaleString("en-US"), { exact: true }).waitFor();
      const ignored = page.getByTestId("ignore-list");
      await press(ignored.getByText("Ignored (1)"));
      await check(page, "ignore", width, problems);
      await press(ignored.getByRole("button", { name: "Stop ignoring" }));
      await page.getByTestId("count-notFollowingBack").getByText(before.toLocaleString("en-US"), { exact: true }).waitFor();

      // Global search: arrow keys reach the results, Enter opens them; a profile opens its person page.
      await page.goto("/");
      const box = page.getByRole("searchbox", { name: "Search accounts and profiles" });
      await box.fill(handle.slice(1));
      const results = page.getByTestId("search-results");
      await results.getByRole("link", { name: new RegExp(handle.replace(".", "\\.")) }).first().waitFor();
      await box.press("ArrowDown");
      assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute("data-result")), true);
      await page.keyboard.press("ArrowUp");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("type")), "search");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/profiles\/view\/\?pk=\d+/);
      await page.getByRole("heading", { name: handle, level: 1 }).waitFor();

      assert.deepEqual(problems, []);
    });
  }

  for (const width of [320, 768, 1280]) {
    test(`at ${width} px: a small network is explained, node colours stay off the legend's, Find centres the node`, async () => {
      const touch = width < 400;
      // WebGL for sigma through Chromium's software rasteriser.
      const browser = await openBrowser(product.url, ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"], touch ? { hasTouch: true, isMobile: true } : {});
      browsers.push(browser);
      const page = await browser.context.newPage();
      page.setDefaultTimeout(20_000);
      await page.setViewportSize({ width, height: 900 });
      const problems = [];

      await page.goto("/network/");
      await page.waitForFunction(() => Number(document.querySelector("[data-testid=network-graph]")?.getAttribute("data-rendered-nodes")) > 0);
      await page.getByLabel("Shared by at least").selectOption("3");
      await page.getByTestId("network-explainer").getByText(/Only 2 tracked accounts are shown/).waitFor();
      await page.getByLabel("Shared by at least").selectOption("1");
      await page.waitForFunction(() => Number(document.querySelector("[data-testid=network-graph]")?.getAttribute("data-rendered-nodes")) > 100);
      assert.equal(await page.getByTestId("network-explainer").count(), 0);
      await page.getByLabel("Find a handle in the graph").fill("demo_small");
      await page.getByRole("button", { name: "Focus" }).click();
      await page.getByTestId("node-card").getByText("@demo_small").first().waitFor();
      const offset = await page.waitForFunction(() => document.querySelector("[data-testid=network-graph] [data-focus-offset]")?.getAttribute("data-focus-offset"));
      assert.ok(Number(await offset.jsonValue()) <= 30, `the found node is ${await offset.jsonValue()} px from the centre`);
      await check(page, "network", width, problems);
      assert.deepEqual(problems, []);
    });
  }
});
