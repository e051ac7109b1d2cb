// The Instagram simulator as www.instagram.com: HTTPS with a certificate made for this run, and plain HTTP beside it
// for InstaIntel's own demo-mode look-ups.
import { spawnSync } from "node:child_process";
import { createHash, X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startDotnet } from "./processes.mjs";

/** A self-signed certificate for www.instagram.com, and the hash Chromium is told to accept it by (nothing else). */
function makeCertificate(dir) {
  const cert = join(dir, "instagram-cert.pem");
  const key = join(dir, "instagram-key.pem");
  const made = spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
    "-keyout", key, "-out", cert, "-subj", "/CN=www.instagram.com", "-addext", "subjectAltName=DNS:www.instagram.com"], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  const spki = new X509Certificate(readFileSync(cert)).publicKey.export({ type: "spki", format: "der" });
  return { cert, key, spkiHash: createHash("sha256").update(spki).digest("base64") };
}

export async function startInstagram(dir) {
  const { cert, key, spkiHash } = makeCertificate(dir);
  const { urls, stop } = await startDotnet("tests/InstaIntel.Simulator/bin/Release/net10.0/InstaIntel.Simulator.dll", [
    "--urls", "http://127.0.0.1:0;https://127.0.0.1:0",
    `--Kestrel:Certificates:Default:Path=${cert}`, `--Kestrel:Certificates:Default:KeyPath=${key}`,
  ], join(dir, "simulator.log"));
  const http = urls.find((u) => u.startsWith("http:"));
  const httpsPort = new URL(urls.find((u) => u.startsWith("https:"))).port;
  const admin = async (method, path, body) => {
    const response = await fetch(`${http}/__simulator/${path}`, { method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body) });
    if (!response.ok) throw new Error(`simulator ${method} ${path}: HTTP ${response.status}`);
    return response.status === 204 ? null : response.json();
  };
  return {
    http,
    httpsPort,
    spkiHash,
    stop,
    stats: () => admin("GET", "stats"),
    reset: () => admin("POST", "reset"),
    fault: (fault) => admin("POST", "faults", fault),
    /** How many pages of a list the browser asked for (the web surface's friendships counter). */
    pagesRead: async (list) => (await admin("GET", "stats")).requests[`webapi/${list}`] ?? 0,
  };
}
