// Insights end to end in demo mode: demo_growth crawled three times and demo_small once, then the dashboard's
// top growth and search, the account page's charts and ghost list, the sparklines and the network explorer, each at
// 320 and 1280 px with screenshots.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { checkPage, openBrowser } from "./browser.mjs";
import { crawlFromTest } from "./crawl.mjs";
import { repoRoot, startProduct } from "./product.mjs";

const artifacts = join(repoRoot, "artifacts", "client-e2e");
mkdirSync(artifacts, { recursive: true });

let product;
let browser;
let page;

const crawl = (target) => crawlFromTest(product.url, target);

before(async () => {
  product = await startProduct();
  for (let i = 0; i < 3; i++) await crawl("demo_growth");
  await crawl("demo_small");
  // WebGL for sigma through Chromium's software rasteriser.
  browser = await openBrowser(product.url, ["--use-angle=swiftshader", "--enable-unsafe-swiftshader"]);
  page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

const check = (name, width, problems) => checkPage(page, join(artifacts, `${width}-insights-${name}.png`), name, problems);

describe("insights", { concurrency: false }, () => {
  for (const width of [320, 1280]) {
    test(`at ${width} px: dashboard growth and search, account charts, sparklines, network`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const problems = [];

      await page.goto("/");
      const growth = page.getByTestId("top-growth");
      await growth.getByText("@demo_growth").waitFor();
      await page.getByRole("radio", { name: "7 d" }).click();
      await growth.getByText("@demo_growth").waitFor();
      assert.match(await growth.textContent(), /\+[\d,]+ \(\+\d+\.\d%\)/);
      await page.locator("main h1").click();
      await page.keyboard.press("/");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "global-search");
      await page.keyboard.type("demo_gr");
      const results = page.getByTestId("search-results");
      await results.getByRole("link", { name: /@demo_growth/ }).waitFor();
      await check("dashboard-search", width, problems);
      await page.getByRole("searchbox", { name: "Search accounts and profiles" }).fill("sun.");
      await results.getByRole("heading", { name: "Profiles" }).waitFor();
      await results.getByRole("link", { name: /@sun\./ }).first().waitFor();

      await page.goto("/accounts/");
      await page.locator("[data-testid=sparkline]:visible").first().waitFor();

      await page.goto("/accounts/view/?u=demo_growth");
      // The charts are folded above the lists; the browser remembers an open section from the previous width.
      const section = page.getByTestId("insights-section");
      await section.waitFor();
      if (!(await section.evaluate((d) => d.open))) await section.locator("summary").click();
      const fans = page.getByTestId("spoke-fans");
      await fans.getByText(/\d/).waitFor();
      assert.ok(Number((await fans.textContent()).replace(/\D/g, "")) > 1000);
      await page.getByTestId("timeline").locator(".recharts-bar-rectangle").first().waitFor();
      await page.getByTestId("ghost-caveat").getByText(/cannot prove/).waitFor();
      await page.getByTestId("radar-spoke-lostFollowers").waitFor();
      await check("account", width, problems);
      await page.getByTestId("radar-spoke-lostFollowers").click();
      await page.waitForURL(/tab=followers&show=lost/);
      await page.getByRole("radio", { name: "Only lost", checked: true }).waitFor();

      await page.goto("/network/");
      const graph = page.getByTestId("network-graph");
      await page.waitForFunction(() => Number(document.querySelector("[data-testid=network-graph]")?.getAttribute("data-rendered-nodes")) > 0);
      await graph.locator("canvas").first().waitFor();
      await page.getByLabel("Shared by at least").selectOption("1");
      await page.getByTestId("network-count").getByText(/Showing [\d,]+ of [\d,]+ nodes/).waitFor();
      await page.waitForFunction(() => Number(document.querySelector("[data-testid=network-graph]")?.getAttribute("data-rendered-nodes")) > 100);
      await page.getByLabel("Find a handle in the graph").fill("demo_growth");
      await page.getByRole("button", { name: "Focus" }).click();
      await page.getByTestId("node-card").getByText("@demo_growth").first().waitFor();
      await page.waitForTimeout(500);
      await check("network", width, problems);

      assert.deepEqual(problems, []);
    });
  }
});
