// Runs the unit tests (src/**/*.test.ts) with node's test runner: esbuild turns each into one plain module first.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL(".", import.meta.url).pathname;
const tests = readdirSync(join(root, "src"), { recursive: true }).filter((f) => f.endsWith(".test.ts"));
const out = mkdtempSync(join(tmpdir(), "companion-tests-"));
await build({
  entryPoints: tests.map((f) => join(root, "src", f)),
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  logLevel: "warning",
});
const files = readdirSync(out, { recursive: true }).filter((f) => f.endsWith(".test.mjs")).map((f) => join(out, f));
const run = spawnSync(process.execPath, ["--test", ...process.argv.slice(2), ...files], { stdio: "inherit" });
rmSync(out, { recursive: true, force: true });
process.exit(run.status ?? 1);
