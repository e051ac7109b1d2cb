import assert from "node:assert/strict";
import { test } from "node:test";
import { browserName, parsePairing } from "./pairing-text";

test("an address and a code typed by hand", () => {
  assert.deepEqual(parsePairing("http://localhost:8000/", "k7qf-m2xd"), { origin: "http://localhost:8000", code: "K7QFM2XD" });
  assert.deepEqual(parsePairing(" box.tailnet.ts.net:8000 ", "K7QF M2XD"), { origin: "http://box.tailnet.ts.net:8000", code: "K7QFM2XD" });
  assert.deepEqual(parsePairing("https://box.tailnet.ts.net/settings", "K7QFM2XD"), { origin: "https://box.tailnet.ts.net", code: "K7QFM2XD" });
});

test("the QR code's whole text pasted into either field", () => {
  const text = "instaintel-companion:http://box.tailnet.ts.net:8000#K7QF-M2XD";
  const expected = { origin: "http://box.tailnet.ts.net:8000", code: "K7QFM2XD" };
  assert.deepEqual(parsePairing(text, ""), expected);
  assert.deepEqual(parsePairing("", text), expected);
  assert.deepEqual(parsePairing("http://elsewhere:1", text), expected);
});

test("what is not an address or a code says which", () => {
  assert.match((parsePairing("", "K7QF-M2XD") as { error: string }).error, /address/);
  assert.match((parsePairing("ftp://box", "K7QF-M2XD") as { error: string }).error, /address/);
  assert.match((parsePairing("http://localhost:8000", "K7QF-M2X") as { error: string }).error, /code/);
  assert.match((parsePairing("http://localhost:8000", "K7QF-M2X!") as { error: string }).error, /code/);
  assert.match((parsePairing("instaintel-companion:http://box:8000", "") as { error: string }).error, /code/);
});

test("the browser's name for the token list", () => {
  const chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
  const edge = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.0.0";
  const firefox = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:145.0) Gecko/20100101 Firefox/145.0";
  assert.equal(browserName(chrome), "Chrome 142 on Linux");
  assert.equal(browserName(edge), "Edge 142 on Windows");
  assert.equal(browserName(firefox), "Firefox 145 on macOS");
  assert.equal(browserName("curl/8"), "A browser");
});
