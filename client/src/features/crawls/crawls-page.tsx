"use client";
import { Plus, RefreshCw } from "lucide-react";
import { useState } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { useConnection } from "@/lib/graphql/use-connection";
import { useSentinel } from "@/lib/use-sentinel";
import { CrawlHistoryQuery } from "./operations";
import { CrawlDialog } from "./crawl-dialog";
import { CrawlRow } from "./crawl-row";
import { useCrawlEvents } from "./use-crawl-events";

const variables = { first: 30 };

export function CrawlsPage() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const history = useConnection(CrawlHistoryQuery, variables, (result) => result.crawls);
  const sentinel = useSentinel<HTMLDivElement>(history.loadMore, history.hasNextPage);
  useCrawlEvents(history.reload);
  const latestIds = newestPerAccount(history.nodes);

  return (
    <>
      <PageHeader
        title="Crawls"
        description="Every crawl, newest first. The list and running crawls update live."
        actions={
          <>
            <Button variant="outline" onClick={history.reload}>
              <RefreshCw aria-hidden />
              Refresh
            </Button>
            <Button onClick={() => setDialogOpen(true)}>
              <Plus aria-hidden />
              New crawl
            </Button>
          </>
        }
      />
      {history.error && history.nodes.length === 0 ? (
        <ErrorState message={history.error} onRetry={history.reload} />
      ) : history.loading && history.nodes.length === 0 ? (
        <LoadingState label="Loading crawls…" />
      ) : history.nodes.length === 0 ? (
        <EmptyState title="No crawls yet">Start one with New crawl.</EmptyState>
      ) : (
        <ul className="rounded-lg border bg-card" aria-label="Crawls">
          {history.nodes.map((crawl) => (
            <CrawlRow key={crawl.id} initial={crawl} latest={latestIds.has(crawl.id)} onRetried={history.reload} />
          ))}
        </ul>
      )}
      <div ref={sentinel} aria-hidden className="h-1" />
      <CrawlDialog
        open={dialogOpen}
        onOpenChange={(open) => {
          setDialogOpen(open);
          if (!open) history.reload();
        }}
      />
    </>
  );
}

/** The IDs of each account's newest crawl in a list ordered newest first. */
function newestPerAccount(crawls: readonly { id: string; target: string }[]) {
  const seen = new Map<string, string>();
  for (const crawl of crawls) if (!seen.has(crawl.target)) seen.set(crawl.target, crawl.id);
  return new Set(seen.values());
}
