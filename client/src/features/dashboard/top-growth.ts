type TimelineAccount = { username: string; timeline: { at: string; followerCount?: number | null }[] };

export type GrowthSeries = { username: string; growth: number; latest: number };
export type GrowthPoint = { at: number } & Record<string, number>;

/**
 * The accounts whose follower count grew most between their first and latest complete crawl, and their counts
 * over time merged into one row per crawl moment (the shape a line chart wants).
 */
export function topGrowth(accounts: TimelineAccount[], limit = 5): { series: GrowthSeries[]; points: GrowthPoint[] } {
  const measured = accounts
    .map((account) => ({
      username: account.username,
      counts: account.timeline
        .filter((point) => point.followerCount !== null && point.followerCount !== undefined)
        .map((point) => ({ at: Date.parse(point.at), count: point.followerCount as number }))
        .sort((a, b) => a.at - b.at),
    }))
    .filter((account) => account.counts.length > 0);

  const series = measured
    .map(({ username, counts }) => ({
      username,
      growth: counts[counts.length - 1].count - counts[0].count,
      latest: counts[counts.length - 1].count,
    }))
    .sort((a, b) => b.growth - a.growth || b.latest - a.latest || a.username.localeCompare(b.username))
    .slice(0, limit);

  const chosen = new Set(series.map((s) => s.username));
  const byMoment = new Map<number, GrowthPoint>();
  for (const { username, counts } of measured) {
    if (!chosen.has(username)) continue;
    for (const { at, count } of counts) {
      const point = byMoment.get(at) ?? ({ at } as GrowthPoint);
      point[username] = count;
      byMoment.set(at, point);
    }
  }
  return { series, points: [...byMoment.values()].sort((a, b) => a.at - b.at) };
}
