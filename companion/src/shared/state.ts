import { ext } from "./browser-api";
import { defaultPace, isPace, type Pace } from "./pacing";

/** The paired InstaIntel: where it is and the CRAWL-scoped token it gave this browser (kept in extension storage only). */
export type Pairing = { origin: string; token: string; tokenId: string; name: string };

/** What the companion is doing, for the popup and the badge. */
export type Activity =
  | { state: "idle" }
  | { state: "reading" | "paused"; crawlId: string; target: string; fetched: number; expected: number | null; percent: number | null }
  | { state: "stopped"; crawlId: string; target: string; message: string }
  | { state: "done"; crawlId: string; target: string; fetched: number }
  /** InstaIntel refused the token (revoked, or the server forgot it): nothing more happens until the browser is paired again. */
  | { state: "token-refused"; message: string };

type Stored = { pairing?: Pairing; activity?: Activity; pace?: Pace; paused?: boolean };

async function read<K extends keyof Stored>(key: K): Promise<Stored[K]> {
  return ((await ext.storage.local.get(key)) as Stored)[key];
}

export const pairing = () => read("pairing");
export const savePairing = (value: Pairing) => ext.storage.local.set({ pairing: value });
export const forgetPairing = () => ext.storage.local.remove(["pairing", "activity", "paused"]);

export const activity = async (): Promise<Activity> => (await read("activity")) ?? { state: "idle" };
export const saveActivity = (value: Activity) => ext.storage.local.set({ activity: value });

/** The pace setting; anything unusable in storage falls back to the default. */
export const pace = async (): Promise<Pace> => {
  const stored = await read("pace");
  return isPace(stored) ? stored : defaultPace;
};

export const savePace = (value: Pace) => ext.storage.local.set({ pace: value });

export const paused = async () => (await read("paused")) === true;
export const savePaused = (value: boolean) => ext.storage.local.set({ paused: value });

/** Calls `listener` whenever one of `keys` changes in storage, until the returned function is called. */
export function onChange(keys: (keyof Stored)[], listener: () => void): () => void {
  const changed = (changes: Record<string, unknown>, area: string) => {
    if (area === "local" && keys.some((k) => k in changes)) listener();
  };
  ext.storage.onChanged.addListener(changed);
  return () => ext.storage.onChanged.removeListener(changed);
}
