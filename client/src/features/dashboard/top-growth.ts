export type GrowthWindow = 7 | 30 | 90;
export const growthWindows: GrowthWindow[] = [7, 30, 90];

type ServedGrowth = {
  account: { username: string };
  absolute: number;
  latest: number;
  percent?: number | null;
  points: { at: string; followerCount?: number | null }[];
};

export type GrowthSeries = { username: string; growth: number; percent: number | null; latest: number };
export type GrowthPoint = { at: number } & Record<string, number>;

/**
 * The server ranks the accounts and computes their growth (`dashboard.topGrowth`); this turns their timeline points
 * into one row per crawl moment holding each account's growth in % since its first crawl in the window. Percentages
 * keep a large account from flattening the small ones, which plotting raw follower totals did.
 */
export function growthChartData(entries: ServedGrowth[]): { series: GrowthSeries[]; points: GrowthPoint[] } {
  const series = entries.map((e) => ({ username: e.account.username, growth: e.absolute, percent: e.percent ?? null, latest: e.latest }));
  const byMoment = new Map<number, GrowthPoint>();
  for (const entry of entries) {
    const counted = entry.points
      .filter((p): p is { at: string; followerCount: number } => typeof p.followerCount === "number")
      .map((p) => ({ at: Date.parse(p.at), count: p.followerCount }))
      .sort((a, b) => a.at - b.at);
    const base = counted[0]?.count;
    if (!base) continue; // no baseline, or zero followers: a percentage would be meaningless
    for (const { at, count } of counted) {
      const row = byMoment.get(at) ?? ({ at } as GrowthPoint);
      row[entry.account.username] = Math.round(((count - base) / base) * 10_000) / 100;
      byMoment.set(at, row);
    }
  }
  return { series, points: [...byMoment.values()].sort((a, b) => a.at - b.at) };
}

export function formatPercent(percent: number | null): string {
  if (percent === null) return "n/a";
  return `${percent >= 0 ? "+" : "−"}${Math.abs(percent).toFixed(1)}%`;
}
