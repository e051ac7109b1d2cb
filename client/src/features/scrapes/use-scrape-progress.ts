"use client";
import { useEffect, useState } from "react";
import type { ScrapeFieldsFragment } from "@/gql/graphql";
import { errorMessage, request } from "@/lib/graphql/request";
import { isActive } from "./describe";
import { ScrapeByIdQuery } from "./operations";

const POLL_MS = 1000;

/**
 * Live state of one crawl until it ends. Polls `scrape(id:)` every second for now; this is the one place to switch
 * to the `scrapeProgress` subscription when the API serves it.
 */
export function useScrapeProgress(initial: ScrapeFieldsFragment | null) {
  const [scrape, setScrape] = useState(initial);
  const [error, setError] = useState<string>();
  const id = initial?.id;

  useEffect(() => setScrape(initial), [initial]);

  useEffect(() => {
    if (!id || !initial || !isActive(initial.status)) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const { scrape: latest } = await request(ScrapeByIdQuery, { id });
        if (stopped) return;
        setError(undefined);
        if (latest) setScrape(latest);
        if (latest && !isActive(latest.status)) return;
      } catch (e) {
        if (!stopped) setError(errorMessage(e));
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, initial]);

  return { scrape, error };
}
