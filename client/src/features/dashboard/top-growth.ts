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
 * The server ranks the accounts and computes their growth (`dashboard.topGrowth`); this only merges their timeline
 * points into one row per crawl moment, the shape a line chart wants.
 */
export function growthChartData(entries: ServedGrowth[]): { series: GrowthSeries[]; points: GrowthPoint[] } {
  const series = entries.map((e) => ({ username: e.account.username, growth: e.absolute, percent: e.percent ?? null, latest: e.latest }));
  const byMoment = new Map<number, GrowthPoint>();
  for (const entry of entries)
    for (const point of entry.points) {
      if (point.followerCount === null || point.followerCount === undefined) continue;
      const at = Date.parse(point.at);
      const row = byMoment.get(at) ?? ({ at } as GrowthPoint);
      row[entry.account.username] = point.followerCount;
      byMoment.set(at, row);
    }
  return { series, points: [...byMoment.values()].sort((a, b) => a.at - b.at) };
}

export function formatPercent(percent: number | null): string {
  if (percent === null) return "n/a";
  return `${percent >= 0 ? "+" : "−"}${Math.abs(percent).toFixed(1)}%`;
}
