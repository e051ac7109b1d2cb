// Starts the whole product in demo mode (API + Instagram simulator) on free ports with a throw-away data folder.
import { spawn } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { openBrowser } from "./browser.mjs";

export const repoRoot = new URL("../../", import.meta.url).pathname;

function isFree(port) {
  return new Promise((resolve) => {
    const server = createServer().once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A port N with N+1 free too: demo mode puts the simulator on the next port. */
async function freePortPair() {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + Math.floor(Math.random() * 20000);
    if ((await isFree(port)) && (await isFree(port + 1))) return port;
  }
  throw new Error("no free pair of ports");
}

/** `args` go to the API (e.g. settings); `prepare(dataFolder)` runs before it starts. */
export async function startProduct({ args = [], prepare } = {}) {
  if (process.env.E2E_BASE_URL) return { url: process.env.E2E_BASE_URL, stop: async () => {} };
  const port = await freePortPair();
  const data = mkdtempSync(join(tmpdir(), "instaintel-e2e-"));
  const logPath = join(data, "product.log");
  const log = openSync(logPath, "w");
  await prepare?.(join(data, "db"));
  const child = spawn("bash", ["scripts/start", "--demo", "--port", String(port), "--data", join(data, "db"), ...args], {
    cwd: repoRoot,
    detached: true,
    stdio: ["ignore", log, log],
  });
  const url = `http://localhost:${port}`;
  const stop = async () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(data, { recursive: true, force: true });
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, stop };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const output = readFileSync(logPath, "utf8");
  await stop();
  throw new Error(`the product did not start:\n${output.slice(-4000)}`);
}

/** The product started with `options` (see startProduct) and Chromium open on it with one page; `options.context` goes to openBrowser. */
export async function startWithBrowser(options) {
  const product = await startProduct(options);
  const browser = await openBrowser(product.url, [], options?.context);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  return { product, browser, page };
}

/** The two screens a newcomer's suites run at: a laptop, and a 375 px phone with touch. */
export const laptopAndPhone = [
  { name: "1280 px", context: {} },
  { name: "375 px, touch", context: { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true } },
];

/** Starts the product and Chromium before the current suite and stops both after it; the returned object's `product`, `browser` and `page` fill in once started. */
export function productForSuite(options) {
  const started = {};
  before(async () => Object.assign(started, await startWithBrowser(options)));
  after(async () => {
    await started.browser?.close();
    await started.product?.stop();
  });
  return started;
}
