"use client";
import { Badge } from "@/components/ui/badge";
import type { CrawlFieldsFragment, LatestCrawlFragment } from "@/gql/graphql";
import { formatRelative } from "@/lib/format";
import { canRetry, statusLabel } from "./describe";
import { RetryButton } from "./retry-button";

type Props = { account: Pick<LatestCrawlFragment, "latestCrawl"> & { lastCrawledAt?: string | null } };

function latestOf(account: Props["account"]): CrawlFieldsFragment | null {
  return account.latestCrawl?.nodes?.[0] ?? null;
}

/** "last crawl 3 h ago", or, when the newest attempt did not succeed, that attempt and how it ended. */
export function lastCrawlCaption(account: Props["account"]): string {
  const latest = latestOf(account);
  if (!latest || latest.status === "SUCCEEDED") return `last crawl ${formatRelative(account.lastCrawledAt)}`;
  const when = formatRelative(latest.finishedAt ?? latest.startedAt ?? latest.createdAt);
  return `last attempt ${when}: ${statusLabel(latest.status).label.toLowerCase()}`;
}

/** The newest crawl of an account when it ended without a full result: its reason and a Retry that starts it again. */
export function LatestCrawlProblem({ account, onRetried }: Props & { onRetried: (crawl: CrawlFieldsFragment) => void }) {
  const latest = latestOf(account);
  if (!latest || !canRetry(latest.status)) return null;
  const status = statusLabel(latest.status);
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-destructive/40 bg-card p-3 sm:flex-row sm:items-center sm:p-4" data-testid="latest-crawl">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <span className="flex items-center gap-2 text-sm">
          Last crawl <Badge tone={status.tone}>{status.label}</Badge>
        </span>
        {latest.error && <p className="text-sm break-words text-destructive">{latest.error}</p>}
      </div>
      <RetryButton crawl={latest} onRetried={onRetried} />
    </div>
  );
}
