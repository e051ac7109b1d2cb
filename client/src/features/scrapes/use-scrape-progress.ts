"use client";
import { useEffect, useState } from "react";
import type { ScrapeFieldsFragment } from "@/gql/graphql";
import { subscribe } from "@/lib/graphql/realtime";
import { errorMessage, request } from "@/lib/graphql/request";
import { applyProgress } from "./apply-progress";
import { isActive } from "./describe";
import { ScrapeByIdQuery, ScrapeProgressSubscription } from "./operations";

/**
 * Live state of one crawl until it ends, from the `scrapeProgress` subscription. When the subscription completes the
 * crawl is read once more, for what only the finished crawl has (totals, new and lost, finish time).
 */
export function useScrapeProgress(initial: ScrapeFieldsFragment | null) {
  const [scrape, setScrape] = useState(initial);
  const [error, setError] = useState<string>();
  const id = initial?.id;
  const active = initial ? isActive(initial.status) : false;

  useEffect(() => setScrape(initial), [initial]);

  useEffect(() => {
    if (!id || !active) return;
    let stopped = false;
    const readFinished = async () => {
      try {
        const { scrape: finished } = await request(ScrapeByIdQuery, { id });
        if (!stopped && finished) setScrape(finished);
      } catch (e) {
        if (!stopped) setError(errorMessage(e));
      }
    };
    const unsubscribe = subscribe(ScrapeProgressSubscription, { scrapeId: id }, {
      onData: ({ scrapeProgress }) => {
        setError(undefined);
        setScrape((current) => (current ? applyProgress(current, scrapeProgress) : current));
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
