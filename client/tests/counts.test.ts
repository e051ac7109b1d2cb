import { describe, expect, it } from "vitest";
import { describeEvent, formatChange, rangeFrom, trendValues } from "@/features/counts/ranges";

describe("count ranges", () => {
  const now = Date.parse("2026-11-28T15:30:00Z");

  it("starts a range at the beginning of its first UTC day", () => {
    expect(rangeFrom("7d", now)).toBe("2026-11-22T00:00:00.000Z");
    expect(rangeFrom("1y", now)).toBe("2025-11-29T00:00:00.000Z");
    expect(rangeFrom("all", now)).toBeNull();
  });

  it("formats changes with their sign and percent", () => {
    expect(formatChange({ absolute: 1234, percent: 5.234 })).toBe("+1,234 (+5.2%)");
    expect(formatChange({ absolute: -80, percent: -1 })).toBe("−80 (−1.0%)");
    expect(formatChange({ absolute: 0, percent: null })).toBe("±0");
    expect(formatChange(null)).toBe("—");
  });

  it("describes profile events", () => {
    expect(describeEvent({ kind: "RENAMED", before: "old", after: "new" })).toBe("Renamed: @old → @new");
    expect(describeEvent({ kind: "PRIVATE", before: "false", after: "true" })).toBe("Made private");
    expect(describeEvent({ kind: "BIOGRAPHY", before: "a", after: "" })).toBe("Biography changed (removed)");
  });

  it("falls back to the crawl timeline until two days have readings", () => {
    expect(trendValues([{ followers: 5 }, { followers: null }], [{ followerCount: 1 }, { followerCount: 2 }])).toEqual([1, 2]);
    expect(trendValues([{ followers: 5 }, { followers: null }, { followers: 7 }], [])).toEqual([5, null, 7]);
  });
});
