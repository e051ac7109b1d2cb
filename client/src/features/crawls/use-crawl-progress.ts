"use client";
import { useEffect, useState } from "react";
import type { CrawlFieldsFragment } from "@/gql/graphql";
import { subscribe } from "@/lib/graphql/realtime";
import { errorMessage, request } from "@/lib/graphql/request";
import { applyProgress } from "./apply-progress";
import { CrawlByIdQuery, CrawlProgressSubscription } from "./operations";

/**
 * Live state of one crawl until it ends, from the `crawlProgress` subscription. When the subscription completes the
 * crawl is read once more, for what only the finished crawl has (totals, new and lost, finish time).
 */
export function useCrawlProgress(initial: CrawlFieldsFragment | null) {
  const [crawl, setCrawl] = useState(initial);
  const [error, setError] = useState<string>();
  const id = initial?.id;
  const active = initial?.active ?? false;

  useEffect(() => setCrawl(initial), [initial]);

  useEffect(() => {
    if (!id || !active) return;
    let stopped = false;
    const readFinished = async () => {
      try {
        const { crawl: finished } = await request(CrawlByIdQuery, { id });
        if (!stopped && finished) setCrawl(finished);
      } catch (e) {
        if (!stopped) setError(errorMessage(e));
      }
    };
    const unsubscribe = subscribe(CrawlProgressSubscription, { crawlId: id }, {
      onData: ({ crawlProgress }) => {
        setError(undefined);
        setCrawl((current) => (current ? applyProgress(current, crawlProgress) : current));
      },
      onError: setError,
      onComplete: readFinished,
    });
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [id, active]);

  return { crawl, error };
}
