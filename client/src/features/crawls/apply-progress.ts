import type { CrawlFieldsFragment, CrawlProgressSubscription } from "@/gql/graphql";

export type ProgressUpdate = CrawlProgressSubscription["crawlProgress"];

/** The crawl as the list shows it, with one `crawlProgress` message applied. */
export function applyProgress(crawl: CrawlFieldsFragment, update: ProgressUpdate): CrawlFieldsFragment {
  const { status, active, fetched, expected, percent, rate, etaSeconds, resumesAt, error } = update;
  return {
    ...crawl,
    status,
    active,
    resumesAt: resumesAt ?? null,
    error: error ?? null,
    progress: { ...crawl.progress, fetched, expected, percent, rate, etaSeconds },
  };
}
