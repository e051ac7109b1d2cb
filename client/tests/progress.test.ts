import { describe, expect, it } from "vitest";
import { describeDelta, describeMethod, describeProgress, crawlDuration } from "@/features/crawls/describe";
import { applyProgress } from "@/features/crawls/apply-progress";

const progress = { fetched: 300, expected: 2000, percent: 15, rate: 94.9, etaSeconds: 18 };

describe("describeProgress", () => {
  it("shows counts, percent, rate and time left while running", () => {
    expect(describeProgress({ status: "RUNNING", progress, resumesAt: null })).toEqual({
      percent: 15,
      counts: "300 / 2,000",
      rate: "95 profiles/s",
      eta: "18 s left",
      pausedUntil: null,
    });
  });

  it("has no percent while the expected count is unknown", () => {
    const summary = describeProgress({ status: "QUEUED", progress: { fetched: 0, expected: null, percent: null, rate: null, etaSeconds: null }, resumesAt: null });
    expect(summary).toMatchObject({ percent: null, counts: "0 fetched", rate: null, eta: null });
  });

  it("says until when a rate-limited crawl is paused, without an ETA", () => {
    const summary = describeProgress({ status: "PAUSED_RATE_LIMITED", progress: { ...progress, rate: 2.345 }, resumesAt: "2026-11-25T10:30:00.000Z" });
    expect(summary.eta).toBeNull();
    expect(summary.rate).toBe("2.3 profiles/s");
    expect(summary.pausedUntil).toMatch(/^Paused by Instagram until /);
  });

  // Which statuses are active is the server's fact now: tests/InstaIntel.Tests/GraphQL/CrawlNamingTests.cs checks `active`.
  it("says what a crawl paused by an action block or for a session waits for", () => {
    const blocked = describeProgress({ status: "PAUSED_ACTION_BLOCKED", progress, resumesAt: "2026-11-26T10:30:00.000Z" });
    expect(blocked.pausedUntil).toMatch(/^Instagram blocked the session; continues /);
    expect(describeProgress({ status: "PAUSED_NEEDS_SESSION", progress, resumesAt: null }).pausedUntil).toMatch(/see Settings$/);
  });

  it("is full once succeeded and clamps what the server reports", () => {
    expect(describeProgress({ status: "SUCCEEDED", progress: { ...progress, percent: 99.5 }, resumesAt: null }).percent).toBe(100);
    expect(describeProgress({ status: "RUNNING", progress: { ...progress, percent: 104 }, resumesAt: null }).percent).toBe(100);
  });

  it("formats long ETAs in minutes and hours", () => {
    expect(describeProgress({ status: "RUNNING", progress: { ...progress, etaSeconds: 185 }, resumesAt: null }).eta).toBe("3 min 5 s left");
    expect(describeProgress({ status: "RUNNING", progress: { ...progress, etaSeconds: 7800 }, resumesAt: null }).eta).toBe("2 h 10 min left");
  });
});

describe("crawl facts", () => {
  it("sums new and lost over both lists, or nothing before the delta", () => {
    expect(describeDelta({ followersNew: 12, followersLost: 3, followingNew: 1, followingLost: null })).toBe("+13 / −3");
    expect(describeDelta({ followersNew: null, followersLost: null, followingNew: null, followingLost: null })).toBeNull();
  });

  it("measures duration to the finish, or to now while running", () => {
    expect(crawlDuration({ startedAt: "2026-11-25T10:00:00Z", finishedAt: "2026-11-25T10:00:42Z" })).toBe("42 s");
    expect(crawlDuration({ startedAt: "2026-11-25T10:00:00Z", finishedAt: null }, Date.parse("2026-11-25T10:02:00Z"))).toBe("2 min");
    expect(crawlDuration({ startedAt: null, finishedAt: null })).toBe("—");
  });
});

describe("applyProgress", () => {
  const crawl = {
    id: "s1", target: "demo_small", status: "QUEUED", active: true, lists: "BOTH", source: null, createdAt: "2026-11-25T10:00:00Z",
    startedAt: null, finishedAt: null, resumesAt: null, error: null,
    progress: { fetched: 0, expected: null, percent: null, rate: null, etaSeconds: null },
    followersNew: null, followersLost: null, followingNew: null, followingLost: null, followersTotal: null, followingTotal: null, method: null, completeness: null,
  } as const;

  it("takes status, active and counts from a subscription message and keeps the rest", () => {
    const next = applyProgress(crawl, {
      crawlId: "s1", status: "PAUSED_RATE_LIMITED", active: true, fetched: 400, expected: 2000, percent: 20, rate: 50, etaSeconds: null,
      resumesAt: "2026-11-25T10:10:00Z", error: null,
    });
    expect(next).toEqual({
      ...crawl,
      status: "PAUSED_RATE_LIMITED",
      resumesAt: "2026-11-25T10:10:00Z",
      progress: { fetched: 400, expected: 2000, percent: 20, rate: 50, etaSeconds: null },
    });
  });

  it("ends the crawl when the server says it is no longer active", () => {
    const next = applyProgress(crawl, {
      crawlId: "s1", status: "CANCELLED", active: false, fetched: 0, expected: null, percent: null, rate: null, etaSeconds: null,
      resumesAt: null, error: "Cancelled.",
    });
    expect(next).toMatchObject({ status: "CANCELLED", active: false, error: "Cancelled." });
  });
});

describe("describeMethod", () => {
  it("names a head-only refresh and the share of the count its lists gave, rounded down", () => {
    expect(describeMethod({ method: "HEAD_ONLY", completeness: 0.99859 })).toBe("head-only · 99.8% of the count");
    expect(describeMethod({ method: "FULL", completeness: 1 })).toBe("full list · 100.0% of the count");
  });

  it("says what it knows, and nothing for a crawl that recorded neither", () => {
    expect(describeMethod({ method: null, completeness: 0.5 })).toBe("50.0% of the count");
    expect(describeMethod({ method: "FULL", completeness: null })).toBe("full list");
    expect(describeMethod({ method: null, completeness: null })).toBeNull();
  });
});
