import { describe, expect, it } from "vitest";
import { formatPercent, growthChartData } from "@/features/dashboard/top-growth";
import { formatRelative } from "@/lib/format";

const point = (at: string, followerCount: number | null) => ({ at, followerCount });

describe("growthChartData", () => {
  const entry = (username: string, absolute: number, percent: number | null, points: [string, number | null][]) => ({
    account: { username },
    absolute,
    percent,
    latest: points[points.length - 1][1] ?? 0,
    points: points.map(([at, followerCount]) => ({ at, followerCount })),
  });

  it("keeps the server's ranking and plots growth in % since each account's first crawl, skipping missing counts and zero baselines", () => {
    const { series, points } = growthChartData([
      entry("rising", 50, 50, [["2026-11-02T00:00:00Z", 150], ["2026-11-01T00:00:00Z", 100]]),
      entry("flat", 0, null, [["2026-11-01T00:00:00Z", 0], ["2026-11-03T00:00:00Z", null], ["2026-11-02T00:00:00Z", 0]]),
    ]);
    expect(series.map((s) => [s.username, s.growth, s.percent])).toEqual([["rising", 50, 50], ["flat", 0, null]]);
    expect(points).toEqual([
      { at: Date.parse("2026-11-01T00:00:00Z"), rising: 0 },
      { at: Date.parse("2026-11-02T00:00:00Z"), rising: 50 },
    ]);
  });

  it("puts a large and a small account on the same scale", () => {
    const { points } = growthChartData([
      entry("big", 1000, 1, [["2026-11-01T00:00:00Z", 100_000], ["2026-11-02T00:00:00Z", 101_000]]),
      entry("small", 20, 20, [["2026-11-01T00:00:00Z", 100], ["2026-11-02T00:00:00Z", 120]]),
    ]);
    expect(points[1]).toEqual({ at: Date.parse("2026-11-02T00:00:00Z"), big: 1, small: 20 });
  });

  it("formats percentages with a sign, and n/a from a zero baseline", () => {
    expect([formatPercent(12.345), formatPercent(-3), formatPercent(null)]).toEqual(["+12.3%", "−3.0%", "n/a"]);
  });
});

describe("formatRelative", () => {
  const now = Date.parse("2026-11-25T12:00:00Z");
  it.each([
    [null, "never"],
    ["2026-11-25T11:59:40Z", "just now"],
    ["2026-11-25T11:55:00Z", "5 min ago"],
    ["2026-11-25T09:00:00Z", "3 h ago"],
    ["2026-11-23T12:00:00Z", "2 days ago"],
  ])("%s reads %s", (iso, text) => {
    expect(formatRelative(iso, now)).toBe(text);
  });
});
