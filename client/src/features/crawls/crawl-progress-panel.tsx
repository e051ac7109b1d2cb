"use client";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { FormMessage } from "@/components/ui/states";
import type { CrawlFieldsFragment } from "@/gql/graphql";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { followersViewHref } from "@/features/followers/href";
import { canRetry, describeProgress, isMoving, statusLabel } from "./describe";
import { RetryButton } from "./retry-button";
import { CancelCrawlMutation } from "./operations";
import { useCrawlProgress } from "./use-crawl-progress";

/** A crawl's live progress; a retried crawl replaces the one shown. */
export function CrawlProgressPanel({ initial }: { initial: CrawlFieldsFragment }) {
  const [shown, setShown] = useState(initial);
  return <CrawlProgress key={shown.id} initial={shown} onRetried={setShown} />;
}

/** Bar, counts, rate, ETA, pause and error of one crawl, with cancel, retry and view actions. */
function CrawlProgress({ initial, onRetried }: { initial: CrawlFieldsFragment; onRetried: (crawl: CrawlFieldsFragment) => void }) {
  const { crawl, error: pollError } = useCrawlProgress(initial);
  const [cancelError, setCancelError] = useState<string>();
  const [cancelling, setCancelling] = useState(false);
  if (!crawl) return null;

  const summary = describeProgress(crawl);
  const status = statusLabel(crawl.status);
  const cancel = async () => {
    setCancelling(true);
    try {
      const { cancelCrawl } = await request(CancelCrawlMutation, { input: { crawlId: crawl.id } });
      setCancelError(payloadErrors(cancelCrawl.errors));
    } catch (e) {
      setCancelError(errorMessage(e));
    } finally {
      setCancelling(false);
    }
  };

  return (
    <div className="flex flex-col gap-3" data-testid="crawl-progress">
      <div className="flex items-center justify-between gap-2">
        <span className="font-medium break-all">@{crawl.target}</span>
        <Badge tone={status.tone} aria-live="polite">
          {status.label}
        </Badge>
      </div>
      {/* Only a crawl that is fetching pulses: a paused or ended one whose total is unknown shows a still, empty bar. */}
      <Progress value={isMoving(crawl.status) ? summary.percent : (summary.percent ?? 0)} label={`Crawl of @${crawl.target}`} />
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted-foreground">
        <span>{summary.counts}</span>
        {summary.percent !== null && <span>{Math.round(summary.percent)}%</span>}
        {summary.rate && <span>{summary.rate}</span>}
        {summary.eta && <span>{summary.eta}</span>}
      </p>
      {summary.pausedUntil && <p className="text-sm text-warning">{summary.pausedUntil}</p>}
      <FormMessage error={crawl.error ?? cancelError ?? pollError} />
      <div className="flex flex-wrap gap-2">
        {crawl.active && (
          <Button variant="outline" onClick={cancel} disabled={cancelling}>
            Cancel crawl
          </Button>
        )}
        {canRetry(crawl.status) && <RetryButton crawl={crawl} onRetried={onRetried} />}
        {crawl.status === "PAUSED_NEEDS_SESSION" && (
          <Button asChild>
            <Link href="/settings/">Open Settings</Link>
          </Button>
        )}
        {crawl.status === "SUCCEEDED" && (
          <Button asChild>
            <Link href={followersViewHref(crawl.target)}>View data</Link>
          </Button>
        )}
      </div>
    </div>
  );
}
