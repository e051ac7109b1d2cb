// End to end through the real product in demo mode: crawl from the modal, browse the lists, and at three widths
// take screenshots and scan with axe-core.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { seriousViolations } from "./browser.mjs";
import { csvRowCount, downloadBy, xlsxRowCount } from "./downloads.mjs";
import { repoRoot, startWithBrowser } from "./product.mjs";

const artifacts = join(repoRoot, "artifacts", "client-e2e");
mkdirSync(artifacts, { recursive: true });

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

const matchCount = () => page.getByTestId("match-count");

describe("web client", { concurrency: false }, () => {
  test("a crawl started from the modal reaches 100% over the crawlProgress subscription", async () => {
    const sockets = [];
    page.on("websocket", (socket) => sockets.push(new URL(socket.url()).pathname));
    await page.goto("/accounts/");
    await page.getByRole("button", { name: "New crawl" }).click();
    const dialog = page.getByRole("dialog", { name: "Crawl an account" });
    await dialog.getByLabel("Account").fill("https://www.instagram.com/Demo_Small/?igsh=abc");
    await dialog.getByText("Understood as @demo_small").waitFor();
    await dialog.getByRole("button", { name: "Start crawl" }).click();
    const bar = dialog.getByRole("progressbar");
    await bar.waitFor();
    const outcome = await page.waitForFunction(
      () => {
        const panel = document.querySelector("[data-testid=crawl-progress]");
        if (panel?.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow") === "100") return "100%";
        return panel?.querySelector("[role=alert]")?.textContent;
      },
      null,
      { timeout: 90_000 },
    );
    assert.equal(await outcome.jsonValue(), "100%");
    assert.ok(sockets.includes("/graphql"), `a WebSocket to /graphql carried the progress (opened: ${sockets.join(", ") || "none"})`);
    await dialog.getByText("Succeeded").waitFor();
    await dialog.getByRole("link", { name: "View data" }).click();
    await page.waitForURL(/\/accounts\/view\/\?u=demo_small/);
  });

  test("the followers view shows counts, scrolls, filters, sorts and switches tabs", async () => {
    await page.getByTestId("count-followers").getByText("1,200").waitFor();
    assert.equal(await page.getByTestId("count-following").textContent(), "800");
    assert.equal(await page.getByTestId("count-mutuals").textContent(), "300");
    await matchCount().getByText("1,200 profiles").waitFor();

    const rows = page.locator("[role=table] [role=row]:has([role=cell])");
    assert.ok((await rows.count()) < 200, "rows are virtualised");
    // Scrolling to the end of the first page loads the next one.
    const scroller = page.getByLabel("Profile rows, scrollable");
    for (let i = 0; i < 3; i++) await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[role=row][aria-rowindex]")].some((row) => Number(row.getAttribute("aria-rowindex")) > 202),
    );

    const firstHandle = (await rows.first().getByRole("link").textContent()).replace("@", "");
    await page.getByLabel("Search handle or name").fill(firstHandle);
    await matchCount().getByText(/^1 profile$/).waitFor();
    await page.getByLabel("Search handle or name").fill("");
    await matchCount().getByText("1,200 profiles").waitFor();

    // The first crawl is the baseline: nobody in it is new.
    await page.getByRole("radio", { name: "Only new" }).click();
    await page.getByText("No profiles here").waitFor();
    await page.getByRole("radio", { name: "Only lost" }).click();
    await page.getByText("No profiles here").waitFor();
    await page.getByRole("tabpanel").getByRole("radio", { name: "All" }).click();

    await page.getByRole("tab", { name: /Mutuals/ }).click();
    await page.waitForURL(/tab=mutuals/);
    await matchCount().getByText("300 profiles").waitFor();
    await page.getByRole("button", { name: "Handle" }).click();
    await page.locator("[role=columnheader][aria-sort=ascending]").getByText("Handle").waitFor();
    await page.locator("[role=table][aria-busy=false]").waitFor();
    const handles = await rows.locator("a").evaluateAll((links) => links.slice(0, 10).map((a) => a.textContent));
    assert.deepEqual(handles, [...handles].sort(), "sorted by handle");

    await page.getByRole("tab", { name: /Not following back/ }).click();
    await matchCount().getByText("500 profiles").waitFor();
  });

  test("the followers view exports as CSV and XLSX, with the view's rows", async () => {
    await page.goto("/accounts/view/?u=demo_small");
    await matchCount().getByText("1,200 profiles").waitFor();
    const format = page.getByLabel("Format");
    const download = () => downloadBy(page, () => page.getByRole("button", { name: "Download" }).click());

    const csv = await download();
    assert.match(csv.name, /^demo_small-followers-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.equal(csvRowCount(csv.bytes), 1200);

    await format.selectOption("XLSX");
    const excel = page.getByRole("link", { name: "Open in Excel", includeHidden: true });
    assert.match(await excel.getAttribute("href"), /^ms-excel:ofe\|u\|http:\/\/localhost:\d+\/exports\/demo_small\/followers\.xlsx/);
    const workbook = await download();
    assert.match(workbook.name, /\.xlsx$/);
    assert.equal(await xlsxRowCount(workbook.bytes), 1200);

    // The search on screen filters the file too.
    await page.getByRole("tab", { name: /Mutuals/ }).click();
    await matchCount().getByText("300 profiles").waitFor();
    const handle = (await page.locator("[role=table] [role=row]:has([role=cell]) a").first().textContent()).replace("@", "");
    await page.getByLabel("Search handle or name").fill(handle);
    await matchCount().getByText(/^1 profile$/).waitFor();
    const filtered = await download();
    assert.equal(csvRowCount(filtered.bytes), 1, "format goes back to CSV on a new tab; one matching row");
  });

  test("the theme follows the OS until chosen, then remembers the choice", async () => {
    const isDark = () => page.evaluate(() => document.documentElement.classList.contains("dark"));
    await page.goto("/settings/");
    assert.equal(await isDark(), true, "dark with a dark OS");
    await page.emulateMedia({ colorScheme: "light" });
    await page.waitForFunction(() => !document.documentElement.classList.contains("dark"));
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await page.reload();
    await page.getByRole("button", { name: "Switch to light theme" }).waitFor();
    assert.equal(await isDark(), true, "the choice wins over the OS after a reload");
    await page.evaluate(() => localStorage.clear());
    await page.emulateMedia({ colorScheme: "dark" });
  });

  test("settings show the demo session as connected and take a backup", async () => {
    await page.goto("/settings/");
    await page.getByTestId("session-status").getByText(/Connected/).waitFor();
    const pool = page.getByTestId("connected-session");
    await pool.getByText("Demo").waitFor();
    assert.equal(await pool.count(), 1, "the demo session is the one session of the pool");
    assert.equal(await page.getByTestId("session-banner").count(), 0, "a working session raises no banner");
    const backups = page.getByTestId("backup-list").locator("li");
    await page.getByTestId("backup-list").or(page.getByText("No backups yet.")).waitFor();
    const before = await backups.count();
    await page.getByRole("button", { name: "Back up now" }).click();
    await page.getByRole("status").getByText(/^Saved instaintel-\d{8}-\d{6}-\d{3}\.db\.gz\.$/).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid=backup-list] li").length > n, before);
  });

  const pages = [
    ["dashboard", "/"],
    ["accounts", "/accounts/"],
    ["followers", "/accounts/view/?u=demo_small"],
    ["crawls", "/crawls/"],
    ["settings", "/settings/"],
  ];

  for (const width of [320, 768, 1280]) {
    test(`at ${width} px: screenshots and no serious accessibility violations`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const problems = [];
      for (const [name, path] of pages) {
        await page.goto(path);
        await page.locator("main h1").waitFor();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: join(artifacts, `${width}-${name}.png`), fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 1) problems.push(`${name}: page scrolls sideways by ${overflow} px`);
        for (const violation of await seriousViolations(page)) problems.push(`${name}: ${violation}`);
      }
      if (width === 1280) {
        // The light theme once, on the densest page.
        await page.emulateMedia({ colorScheme: "light" });
        await page.goto("/accounts/view/?u=demo_small");
        await page.getByTestId("match-count").getByText(/profiles/).waitFor();
        await page.screenshot({ path: join(artifacts, `${width}-followers-light.png`) });
        for (const violation of await seriousViolations(page)) problems.push(`followers, light: ${violation}`);
        await page.emulateMedia({ colorScheme: "dark" });
      }
      if (width < 1024) {
        await page.getByRole("button", { name: "Open menu" }).click();
        await page.getByRole("dialog", { name: "Menu" }).getByRole("link", { name: "Accounts" }).waitFor();
        await page.screenshot({ path: join(artifacts, `${width}-menu.png`) });
        for (const violation of await seriousViolations(page)) problems.push(`menu: ${violation}`);
        await page.keyboard.press("Escape");
      }
      assert.deepEqual(problems, []);
    });
  }

  test("every page ran under its Content Security Policy without a single refusal", async () => {
    const response = await page.goto("/");
    const policy = response.headers()["content-security-policy"] ?? "";
    assert.match(policy, /script-src 'self' 'sha256-/);
    assert.match(policy, /frame-ancestors 'none'/);
    assert.deepEqual(browser.cspViolations, []);
  });
});
