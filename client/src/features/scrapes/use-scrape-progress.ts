"use client";
import { useEffect, useState } from "react";
import type { ScrapeFieldsFragment } from "@/gql/graphql";
import { subscribe } from "@/lib/graphql/realtime";
import { errorMessage, request } from "@/lib/graphql/request";
import { applyProgress } from "./apply-progress";
import { ScrapeByIdQuery, ScrapeProgressSubscription } from "./operations";

/**
 * Live state of one crawl until it ends, from the `crawlProgress` subscription. When the subscription completes the
 * crawl is read once more, for what only the finished crawl has (totals, new and lost, finish time).
 */
export function useScrapeProgress(initial: ScrapeFieldsFragment | null) {
  const [scrape, setScrape] = useState(initial);
  const [error, setError] = useState<string>();
  const id = initial?.id;
  const active = initial?.active ?? false;

  useEffect(() => setScrape(initial), [initial]);

  useEffect(() => {
    if (!id || !active) return;
    let stopped = false;
    const readFinished = async () => {
      try {
        const { crawl: finished } = await request(ScrapeByIdQuery, { id });
        if (!stopped && finished) setScrape(finished);
      } catch (e) {
        if (!stopped) setError(errorMessage(e));
      }
    };
    const unsubscribe = subscribe(ScrapeProgressSubscription, { crawlId: id }, {
      onData: ({ crawlProgress }) => {
        setError(undefined);
        setScrape((current) => (current ? applyProgress(current, crawlProgress) : current));
      },
      onError: setError,
      onComplete: readFinished,
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [id, active]);

  return { scrape, error };
}
