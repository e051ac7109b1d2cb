"use client";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import type { CrawlFieldsFragment } from "@/gql/graphql";
import { followersViewHref } from "@/features/followers/href";
import { formatDateTime } from "@/lib/format";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { canRetry, describeDelta, describeMethod, describeProgress, listLabels, crawlDuration, sourceLabels, statusLabel } from "./describe";
import { CancelCrawlMutation, ResumeBrowserCrawlMutation } from "./operations";
import { RetryButton } from "./retry-button";
import { useCrawlProgress } from "./use-crawl-progress";

type CrawlRowProps = {
  initial: CrawlFieldsFragment;
  /** The account's newest crawl: only that one offers Retry, so older failures in the history stay history. */
  latest: boolean;
  onRetried: () => void;
};

/** One crawl in the history; a running one follows its progress live. */
export function CrawlRow({ initial, latest, onRetried }: CrawlRowProps) {
  const { crawl } = useCrawlProgress(initial);
  const [actionError, setActionError] = useState<string>();
  if (!crawl) return null;
  const status = statusLabel(crawl.status);
  const active = crawl.active;
  const progress = describeProgress(crawl);
  const delta = describeDelta(crawl);
  const method = describeMethod(crawl);
  const resumableInBrowser = crawl.source === "BROWSER" && crawl.status.startsWith("PAUSED_");

  /** Runs a crawl action; its typed errors, or why it failed, show under the row. */
  const act = async (action: () => Promise<string | undefined>) => {
    try {
      setActionError(await action());
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };
  const cancel = () =>
    act(async () => payloadErrors((await request(CancelCrawlMutation, { input: { crawlId: crawl.id } })).cancelCrawl.errors));
  /** The companion hears the crawl is queued again and claims it from its last stored page. */
  const resumeInBrowser = () =>
    act(async () => payloadErrors((await request(ResumeBrowserCrawlMutation, { input: { crawlId: crawl.id } })).resumeBrowserCrawl.errors));

  return (
    <li className="flex flex-col gap-2 border-b p-3 last:border-b-0 sm:p-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Link href={followersViewHref(crawl.target)} className="inline-flex min-h-11 items-center font-medium break-all hover:underline">
          @{crawl.target}
        </Link>
        <Badge tone={status.tone}>{status.label}</Badge>
        <span className="text-sm text-muted-foreground">{listLabels[crawl.lists]}</span>
        {crawl.source && <span className="text-sm text-muted-foreground">via {sourceLabels[crawl.source]}</span>}
        {method && (
          <span className="text-sm text-muted-foreground" data-testid="crawl-method">
            {method}
          </span>
        )}
        {resumableInBrowser && (
          <Button variant="outline" size="sm" className="ml-auto" onClick={resumeInBrowser}>
            Resume in my browser
          </Button>
        )}
        {active && (
          <Button variant="outline" size="sm" className={resumableInBrowser ? undefined : "ml-auto"} onClick={cancel}>
            Cancel
          </Button>
        )}
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <Fact label="Started" value={formatDateTime(crawl.startedAt ?? crawl.createdAt)} />
        <Fact label="Duration" value={crawlDuration(crawl)} />
        <Fact label="Fetched" value={progress.counts} />
        <Fact label="Delta" value={delta ?? "—"} />
      </dl>
      {active && (
        <div className="flex flex-col gap-1">
          <Progress value={progress.percent} label={`Crawl of @${crawl.target}`} />
          <p className="text-xs text-muted-foreground">
            {[progress.rate, progress.eta, progress.pausedUntil].filter(Boolean).join(" · ")}
          </p>
        </div>
      )}
      {(crawl.error || actionError) && <p className="text-sm text-destructive">{crawl.error ?? actionError}</p>}
      {latest && canRetry(crawl.status) && (
        <div>
          <RetryButton crawl={crawl} onRetried={onRetried} />
        </div>
      )}
    </li>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="truncate tabular-nums">{value}</dd>
    </div>
  );
}
