import type { ScrapeFieldsFragment, ScrapeProgressSubscription } from "@/gql/graphql";

export type ProgressUpdate = ScrapeProgressSubscription["crawlProgress"];

/** The crawl as the list shows it, with one `crawlProgress` message applied. */
export function applyProgress(scrape: ScrapeFieldsFragment, update: ProgressUpdate): ScrapeFieldsFragment {
  const { status, active, fetched, expected, percent, rate, etaSeconds, resumesAt, error } = update;
  return {
    ...scrape,
    status,
    active,
    resumesAt: resumesAt ?? null,
    error: error ?? null,
    progress: { ...scrape.progress, fetched, expected, percent, rate, etaSeconds },
  };
}
