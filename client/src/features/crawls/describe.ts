import type { BadgeTone } from "@/components/ui/badge";
import type { CrawlFieldsFragment, CrawlStatus } from "@/gql/graphql";
import { formatCount, formatDateTime, formatDuration, secondsBetween } from "@/lib/format";

// Which statuses are still under way is the server's to say: each crawl and progress message carries `active`.

/** Fetching or about to: the only states whose bar may animate. */
export function isMoving(status: CrawlStatus) {
  return status === "QUEUED" || status === "RUNNING";
}

/** Ended without a full result, so starting the same crawl again makes sense. */
export function canRetry(status: CrawlStatus) {
  return status === "FAILED" || status === "INCOMPLETE" || status === "CANCELLED";
}

const statusLabels: Record<CrawlStatus, { label: string; tone: BadgeTone }> = {
  QUEUED: { label: "Queued", tone: "neutral" },
  RUNNING: { label: "Running", tone: "info" },
  PAUSED_RATE_LIMITED: { label: "Paused (rate limit)", tone: "warning" },
  PAUSED_ACTION_BLOCKED: { label: "Paused (action block)", tone: "warning" },
  PAUSED_NEEDS_SESSION: { label: "Waiting for session", tone: "warning" },
  PAUSED_UNREACHABLE: { label: "Instagram unreachable", tone: "warning" },
  SUCCEEDED: { label: "Succeeded", tone: "success" },
  INCOMPLETE: { label: "Incomplete", tone: "warning" },
  FAILED: { label: "Failed", tone: "danger" },
  CANCELLED: { label: "Cancelled", tone: "neutral" },
};

export function statusLabel(status: CrawlStatus) {
  return statusLabels[status];
}

type Progress = Pick<CrawlFieldsFragment, "status" | "progress" | "resumesAt">;

export type ProgressSummary = {
  /** 0–100, or null while the expected count is unknown. */
  percent: number | null;
  counts: string;
  rate: string | null;
  eta: string | null;
  pausedUntil: string | null;
};

/** What the progress bar and its caption show for a crawl at one moment. */
export function describeProgress({ status, progress, resumesAt }: Progress): ProgressSummary {
  const { fetched, expected, rate, etaSeconds } = progress;
  const percent = status === "SUCCEEDED" ? 100 : (progress.percent ?? null);
  return {
    percent: percent === null ? null : Math.min(100, Math.max(0, percent)),
    counts: expected ? `${formatCount(fetched)} / ${formatCount(expected)}` : `${formatCount(fetched)} fetched`,
    rate: rate ? `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} profiles/s` : null,
    eta: status === "RUNNING" && etaSeconds !== null && etaSeconds !== undefined ? `${formatDuration(etaSeconds)} left` : null,
    pausedUntil: pauseCaption(status, resumesAt),
  };
}

function pauseCaption(status: CrawlStatus, resumesAt?: string | null) {
  if (status === "PAUSED_NEEDS_SESSION") return "Waiting for a working Instagram session: see Settings";
  if (!resumesAt) return null;
  if (status === "PAUSED_RATE_LIMITED") return `Paused by Instagram until ${formatDateTime(resumesAt)}`;
  if (status === "PAUSED_ACTION_BLOCKED") return `Instagram blocked the session; continues ${formatDateTime(resumesAt)}`;
  if (status === "PAUSED_UNREACHABLE") return `Instagram cannot be reached; tries again ${formatDateTime(resumesAt)}`;
  return null;
}

type Delta = Pick<CrawlFieldsFragment, "followersNew" | "followersLost" | "followingNew" | "followingLost">;

/** "+12 / −3" over both lists, or null before the crawl has applied its delta. */
export function describeDelta(crawl: Delta): string | null {
  const added = (crawl.followersNew ?? 0) + (crawl.followingNew ?? 0);
  const lost = (crawl.followersLost ?? 0) + (crawl.followingLost ?? 0);
  const known = [crawl.followersNew, crawl.followersLost, crawl.followingNew, crawl.followingLost].some(
    (value) => value !== null && value !== undefined,
  );
  return known ? `+${formatCount(added)} / −${formatCount(lost)}` : null;
}

/**
 * How a completed crawl read its lists and how much of the profile's counts they gave: "head-only · 99.8% of the
 * count". Null while neither is known (a crawl under way, or one from before crawls recorded them).
 */
export function describeMethod(crawl: Pick<CrawlFieldsFragment, "method" | "completeness">): string | null {
  const method = crawl.method ? methodLabels[crawl.method] : null;
  const share = typeof crawl.completeness === "number" ? `${(Math.floor(crawl.completeness * 1000) / 10).toFixed(1)}% of the count` : null;
  return [method, share].filter(Boolean).join(" · ") || null;
}

export const methodLabels = { HEAD_ONLY: "head-only", FULL: "full list" } as const;

export function crawlDuration(crawl: Pick<CrawlFieldsFragment, "startedAt" | "finishedAt">, now = Date.now()) {
  if (!crawl.startedAt) return "—";
  return formatDuration(secondsBetween(crawl.startedAt, crawl.finishedAt ?? new Date(now).toISOString()));
}

export const listLabels = { FOLLOWERS: "Followers", FOLLOWING: "Following", BOTH: "Both" } as const;
export const sourceLabels = { WEB_API: "Web", MOBILE_API: "Mobile API", WEB_GRAPHQL: "Web GraphQL (legacy)", DATA_EXPORT: "Data download", MOBILE_GRAPHQL: "Mobile GraphQL", BROWSER: "my browser" } as const;

type StartCrawlResult = { crawl?: CrawlFieldsFragment | null; errors?: readonly ({ __typename?: string } & ({ crawl?: CrawlFieldsFragment | null } | object))[] | null };

/** The crawl a startCrawl answer points at: the one it queued, or the one already running for that account. */
export function startedCrawl(result: StartCrawlResult): CrawlFieldsFragment | null {
  const running = result.errors?.find((e) => e.__typename === "CrawlAlreadyRunningError");
  return result.crawl ?? (running && "crawl" in running ? (running.crawl ?? null) : null);
}
