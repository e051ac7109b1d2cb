import type { ScrapeFieldsFragment, ScrapeProgressSubscription } from "@/gql/graphql";

export type ProgressUpdate = ScrapeProgressSubscription["scrapeProgress"];

/** The crawl as the list shows it, with one `scrapeProgress` message applied. */
export function applyProgress(scrape: ScrapeFieldsFragment, update: ProgressUpdate): ScrapeFieldsFragment {
  const { state, fetched, expected, percent, rate, etaSeconds, resumesAt, error } = update;
  return {
    ...scrape,
    status: state,
    resumesAt: resumesAt ?? null,
    error: error ?? null,
    progress: { ...scrape.progress, fetched, expected, percent, rate, etaSeconds },
  };
}
