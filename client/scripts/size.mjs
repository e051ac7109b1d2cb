// Prints the first-load JavaScript of the dashboard route, gzipped: every script the exported index.html loads.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const LIMIT_KB = 200;
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "out");
const page = join(out, "index.html");
const check = process.argv.includes("--check"); // fails over the budget, and with no build to measure
if (!existsSync(page)) {
  console.log("client first-load JS: no build (run `npm run build` in client/)");
  process.exit(check ? 1 : 0);
}

const html = readFileSync(page, "utf8");
// noModule scripts are legacy polyfills that modern browsers skip.
const scripts = new Set(
  [...html.matchAll(/<script([^>]+)>/g)]
    .filter(([, attributes]) => !/nomodule/i.test(attributes))
    .map(([, attributes]) => attributes.match(/src="([^"]+\.js)"/)?.[1])
    .filter(Boolean),
);
let bytes = 0;
for (const src of scripts) bytes += gzipSync(readFileSync(join(out, src.split("?")[0]))).length;

const kb = bytes / 1024;
const verdict = kb <= LIMIT_KB ? "within" : "OVER";
console.log(`client first-load JS, dashboard route: ${kb.toFixed(1)} KB gzipped in ${scripts.size} files (${verdict} the ${LIMIT_KB} KB budget)`);
if (check && kb > LIMIT_KB) process.exit(1);
