// Builds the companion for Chrome/Edge and Firefox from one source: dist/chrome and dist/firefox (load them unpacked),
// and dist/instaintel-companion-<browser>.zip. Usage: node build.mjs
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import webExt from "web-ext";

const root = new URL(".", import.meta.url).pathname;
const { version, description } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

const common = {
  manifest_version: 3,
  name: "InstaIntel companion",
  version,
  description,
  // Only instagram.com up front; the paired InstaIntel's origin is asked for at pairing time, within these.
  permissions: ["storage", "scripting"],
  host_permissions: ["https://www.instagram.com/*"],
  optional_host_permissions: ["http://*/*", "https://*/*"],
  action: { default_title: "InstaIntel companion", default_popup: "popup.html" },
};

const manifests = {
  chrome: { ...common, minimum_chrome_version: "120", background: { service_worker: "background.js" } },
  firefox: {
    ...common,
    background: { scripts: ["background.js"] },
    browser_specific_settings: {
      // 140 (the ESR) is the first to read data_collection_permissions; world: "MAIN" in executeScript came in 128.
      gecko: { id: "companion@instaintel.app", strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
      gecko_android: { strict_min_version: "142.0" },
    },
  },
};

const targets = { chrome: ["chrome120"], firefox: ["firefox140"] };

rmSync(join(root, "dist"), { recursive: true, force: true });
for (const [browser, manifest] of Object.entries(manifests)) {
  const out = join(root, "dist", browser);
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: { background: join(root, "src/background/main.ts"), popup: join(root, "src/popup/popup.ts") },
    outdir: out,
    bundle: true,
    format: "iife",
    target: targets[browser],
    legalComments: "none",
    logLevel: "warning",
  });
  for (const file of ["popup.html", "popup.css"]) copyFileSync(join(root, "src/popup", file), join(out, file));
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await webExt.cmd.build(
    { sourceDir: out, artifactsDir: join(root, "dist"), filename: `instaintel-companion-${browser}.zip`, overwriteDest: true },
    { showReadyMessage: false },
  );
  console.log(`dist/${browser}/ and dist/instaintel-companion-${browser}.zip`);
}
