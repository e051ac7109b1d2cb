// Debian's Chromium through playwright-core: never a downloaded browser, always a fresh profile.
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = require("fs").readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** `contextOptions` go to Playwright's context, e.g. `{ hasTouch: true, viewport: { width: 375, height: 800 } }`. */
export async function openBrowser(baseURL, extraArgs = [], contextOptions = {}) {
  const profile = mkdtempSync(join(tmpdir(), "instaintel-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...args, ...extraArgs],
    headless: true,
    baseURL,
    viewport: { width: 1280, height: 900 },
    reducedMotion: "reduce",
    colorScheme: "dark",
    ...contextOptions,
  });
  // Every page's Content Security Policy refusals, as Chromium reports them on the console.
  const cspViolations = [];
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  const base = new URL(baseURL);
  // Only the product itself: profile pictures on Instagram's CDN are out of reach in CI and fall back to initials.
  await context.route("**/*", (route) =>
    new URL(route.request().url()).host === base.host ? route.continue() : route.abort("blockedbyclient"),
  );
  return {
    context,
    cspViolations,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function seriousViolations(page) {
  // Evaluated rather than added as an inline <script>, which the page's Content Security Policy refuses.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/**
 * Screenshots the page to `screenshot` and adds to `problems` what a reader would trip on there, each prefixed with
 * `name`: the page scrolling sideways, and serious accessibility violations.
 */
export async function checkPage(page, screenshot, name, problems) {
  await page.screenshot({ path: screenshot, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) problems.push(`${name}: page scrolls sideways by ${overflow} px`);
  for (const violation of await seriousViolations(page)) problems.push(`${name}: ${violation}`);
}

/** Collects every http(s) request of `page` to a host other than this machine, into the returned array. */
export function foreignRequests(page) {
  const seen = [];
  page.on("request", (r) => {
    const { protocol, hostname } = new URL(r.url());
    if (protocol.startsWith("http") && !["localhost", "127.0.0.1"].includes(hostname)) seen.push(r.url());
  });
  return seen;
}
