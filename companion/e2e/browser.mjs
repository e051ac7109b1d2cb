// Debian's Chromium (never a downloaded one) with the unpacked companion loaded, a profile that outlives a restart,
// and www.instagram.com resolved to the simulator.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";

const built = new URL("../dist/chrome", import.meta.url).pathname;

/**
 * The built extension, copied with InstaIntel's test origin among its host permissions: what a user grants in the
 * prompt at pairing time. Chromium shows that prompt in its own window, which no test can click.
 */
export function extensionFor(dir, instaIntelOrigin) {
  const copy = join(dir, "extension");
  cpSync(built, copy, { recursive: true });
  const manifestPath = join(copy, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  manifest.host_permissions.push(`${instaIntelOrigin}/*`);
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

/** Opens Chromium on `profile` (reopening the same folder is a browser restart). */
export async function openBrowser({ profile, extension, instagram }) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1100, height: 800 },
    colorScheme: "dark",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--host-resolver-rules=MAP www.instagram.com:443 127.0.0.1:${instagram.httpsPort}`,
      `--ignore-certificate-errors-spki-list=${instagram.spkiHash}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    /** The extension's storage (pairing, activity, pace) as its background sees it. */
    storage: () => worker.evaluate(() => chrome.storage.local.get(null)),
    setPace: (pace) => worker.evaluate((p) => chrome.storage.local.set({ pace: p }), pace),
    openPopup: async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 340, height: 420 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
  };
}
