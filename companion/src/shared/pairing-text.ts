/** What the popup's two fields (or the QR code's text pasted into either) say: where InstaIntel is and the one-time code. */
export type Pairing = { origin: string; code: string };

const qrPrefix = "instaintel-companion:";

/** `K7QF-M2XD`, `k7qf m2xd` and `K7QFM2XD` are one code: dashes, spaces and case are ignored, as the server ignores them. */
export function normaliseCode(text: string): string | null {
  const code = text.replace(/[\s-]/g, "").toUpperCase();
  return /^[A-Z0-9]{8}$/.test(code) ? code : null;
}

/** The origin of an address typed by hand: `box.tailnet.ts.net:8000` means http, as InstaIntel serves plain HTTP by default. */
export function normaliseOrigin(address: string): string | null {
  const text = address.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads the address and the code, either of which may hold the whole `instaintel-companion:<origin>#<code>` text. */
export function parsePairing(address: string, code: string): Pairing | { error: string } {
  const pasted = [address, code].map((t) => t.trim()).find((t) => t.startsWith(qrPrefix));
  if (pasted) {
    const [origin, qrCode] = pasted.slice(qrPrefix.length).split("#");
    address = origin ?? "";
    code = qrCode ?? "";
  }
  const origin = normaliseOrigin(address);
  if (!origin) return { error: "Enter InstaIntel's address, e.g. http://localhost:8000." };
  const normalised = normaliseCode(code);
  if (!normalised) return { error: "Enter the 8-character code shown in InstaIntel under Settings → Browser companion." };
  return { origin, code: normalised };
}

const browsers: [RegExp, string][] = [[/Firefox\/(\d+)/, "Firefox"], [/Edg\/(\d+)/, "Edge"], [/Chrom(?:e|ium)\/(\d+)/, "Chrome"]];
const systems: [RegExp, string][] = [[/Windows/, "Windows"], [/Mac OS X/, "macOS"], [/Android/, "Android"], [/CrOS/, "ChromeOS"], [/Linux/, "Linux"]];

/** The name the token is listed under in InstaIntel, e.g. "Chrome 142 on Linux". */
export function browserName(userAgent: string): string {
  const browser = browsers.map(([pattern, name]) => [pattern.exec(userAgent), name] as const).find(([match]) => match);
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  const name = browser ? `${browser[1]} ${browser[0]![1]}` : "A browser";
  return system ? `${name} on ${system}` : name;
}
