import { describe, expect, it } from "vitest";
import { topGrowth } from "@/features/dashboard/top-growth";
import { formatRelative } from "@/lib/format";

const point = (at: string, followerCount: number | null) => ({ at, followerCount });

describe("topGrowth", () => {
  const accounts = [
    { username: "flat", timeline: [point("2026-11-01T00:00:00Z", 100), point("2026-11-02T00:00:00Z", 100)] },
    { username: "rising", timeline: [point("2026-11-02T00:00:00Z", 150), point("2026-11-01T00:00:00Z", 100)] },
    { username: "falling", timeline: [point("2026-11-01T00:00:00Z", 500), point("2026-11-03T00:00:00Z", 400)] },
    { username: "uncrawled", timeline: [] },
    { username: "following-only", timeline: [point("2026-11-01T00:00:00Z", null)] },
  ];

  it("ranks by growth between the first and latest crawl, skipping accounts without counts", () => {
    expect(topGrowth(accounts).series).toEqual([
      { username: "rising", growth: 50, latest: 150 },
      { username: "flat", growth: 0, latest: 100 },
      { username: "falling", growth: -100, latest: 400 },
    ]);
  });

  it("keeps only the top ones and merges their counts per crawl moment", () => {
    const { series, points } = topGrowth(accounts, 2);
    expect(series.map((s) => s.username)).toEqual(["rising", "flat"]);
    expect(points).toEqual([
      { at: Date.parse("2026-11-01T00:00:00Z"), rising: 100, flat: 100 },
      { at: Date.parse("2026-11-02T00:00:00Z"), rising: 150, flat: 100 },
    ]);
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
