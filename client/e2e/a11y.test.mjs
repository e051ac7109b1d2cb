// axe-core on every route, GraphiQL included, at 320, 768 and 1280 px with data in place; and on a touch screen
// every control is at least 44×44 px.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { seriousViolations } from "./browser.mjs";
import { crawl, firstFollower } from "./crawl.mjs";
import { startWithBrowser } from "./product.mjs";

let product;
let browser;
let page;
let follower; // a follower of demo_small, for the person page

before(async () => {
  ({ product, browser, page } = await startWithBrowser({ context: { hasTouch: true } }));
  await page.goto("/settings/");
  await crawl(page, "demo_small");
  follower = await firstFollower(product.url, "demo_small");
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

const routes = [
  ["dashboard", "/", () => page.locator("p.tabular-nums").first()],
  ["accounts", "/accounts/", () => page.getByRole("main").getByRole("link", { name: /demo_small/ }).first()],
  ["followers", "/accounts/view/?u=demo_small", () => page.getByTestId("count-followers").getByText("1,200")],
  ["crawls", "/crawls/", () => page.getByRole("main").getByText("Succeeded").first()],
  ["network", "/network/", () => page.getByTestId("network-count").getByText(/^Showing [1-9]/)],
  ["settings", "/settings/", () => page.getByTestId("session-status").getByText(/Connected/)],
  ["rankings", "/rankings/", () => page.getByTestId("rankings").getByText("@demo_small")],
  ["person", () => `/profiles/view/?pk=${follower.pk}`, () => page.getByTestId("relation").getByText(/demo_small/).first()],
  ["graphiql", "/graphiql/", () => page.locator(".graphiql-query-editor .CodeMirror").first()],
];

/** Visible controls a finger aims at that are smaller than 44×44 px. */
function smallTargetsNow() {
  return page.evaluate(() =>
    [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, [role=tab], [role=button], [role=checkbox], [role=switch]")]
      // Links inside a sentence are exempt (WCAG 2.5.8), and a box inside its label is aimed at through the label.
      .filter((e) => e.checkVisibility() && !e.closest("[aria-hidden=true]") && !(e.tagName === "A" && e.parentElement?.tagName === "P"))
      .map((e) => ({ e, r: (e.closest("label") ?? e).getBoundingClientRect() }))
      // Width 1 is a visually hidden skip link, there for the keyboard until focused.
      .filter(({ r }) => r.width > 1 && (r.width < 44 || r.height < 44))
      .map(({ e, r }) => `${e.tagName.toLowerCase()} "${(e.getAttribute("aria-label") ?? e.textContent ?? "").trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

/** Small targets once the page has settled: two readings 250 ms apart agree (late data swaps skeletons for rows). */
async function smallTargets() {
  let last = await smallTargetsNow();
  for (let i = 0; i < 12; i++) {
    await page.waitForTimeout(250);
    const now = await smallTargetsNow();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

describe("accessibility", { concurrency: false }, () => {
  for (const width of [320, 768, 1280]) {
    test(`at ${width} px: no serious axe violation on any route`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const problems = [];
      for (const [name, path, ready] of routes) {
        await page.goto(typeof path === "function" ? path() : path);
        await ready().waitFor();
        for (const violation of await seriousViolations(page)) problems.push(`${name}: ${violation}`);
      }
      assert.deepEqual(problems, []);
    });
  }

  test("on a touch screen every control is at least 44×44 px", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    assert.equal(await page.evaluate(() => matchMedia("(pointer: coarse)").matches), true, "the page sees a coarse pointer");
    const problems = [];
    for (const [name, path, ready] of routes.filter(([name]) => name !== "graphiql")) {
      await page.goto(typeof path === "function" ? path() : path);
      await ready().waitFor();
      for (const target of await smallTargets()) problems.push(`${name}: ${target}`);
    }
    assert.deepEqual(problems, []);
  });
});
