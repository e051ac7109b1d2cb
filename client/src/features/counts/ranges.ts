/** The account page's count chart ranges; `all` starts at the first reading. */
export const countRanges = [
  { id: "7d", label: "7 d", days: 7 },
  { id: "30d", label: "30 d", days: 30 },
  { id: "90d", label: "90 d", days: 90 },
  { id: "1y", label: "1 y", days: 365 },
  { id: "all", label: "All", days: null },
] as const;

export type CountRange = (typeof countRanges)[number]["id"];

const DAY_MS = 86_400_000;

/** The `from` of a range, at the start of its first UTC day, so the same range asks the same question all day. */
export function rangeFrom(range: CountRange, now: number = Date.now()): string | null {
  const days = countRanges.find((r) => r.id === range)?.days ?? null;
  if (days === null) return null;
  const start = Math.floor(now / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
  return new Date(start).toISOString();
}

/** "+1,234 (+5.2%)" or "−80 (−1.0%)"; an em dash without a value. */
export function formatChange(change: { absolute: number; percent?: number | null } | null | undefined): string {
  if (!change) return "—";
  const sign = change.absolute > 0 ? "+" : change.absolute < 0 ? "−" : "±";
  const count = Math.abs(change.absolute).toLocaleString("en-US");
  const percent = typeof change.percent === "number" ? ` (${sign}${Math.abs(change.percent).toFixed(1)}%)` : "";
  return `${sign}${count}${percent}`;
}

const eventNames: Record<string, string> = {
  RENAMED: "Renamed",
  FULL_NAME: "Name changed",
  BIOGRAPHY: "Biography changed",
  EXTERNAL_URL: "Website changed",
  PICTURE: "New picture",
  VERIFIED: "Verified changed",
  PRIVATE: "Private changed",
};

/** What a profile event says, in a few words: "Renamed: @old → @new". */
export function describeEvent(event: { kind: string; before?: string | null; after?: string | null }): string {
  const name = eventNames[event.kind] ?? event.kind;
  if (event.kind === "RENAMED") return `${name}: @${event.before} → @${event.after}`;
  if (event.kind === "VERIFIED") return event.after === "true" ? "Verified" : "No longer verified";
  if (event.kind === "PRIVATE") return event.after === "true" ? "Made private" : "Made public";
  if (event.kind === "PICTURE") return name;
  return event.after ? `${name}: ${event.after}` : `${name} (removed)`;
}

/** The sparkline's values: the last 30 days of daily readings, or, before there are two, the crawl timeline. */
export function trendValues(counts: readonly { followers?: number | null }[], timeline: readonly { followerCount?: number | null }[]): (number | null | undefined)[] {
  const daily = counts.map((p) => p.followers);
  return daily.filter((v) => typeof v === "number").length >= 2 ? daily : timeline.map((p) => p.followerCount);
}
