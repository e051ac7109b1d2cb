"use client";
import { useEffect, useRef } from "react";
import { subscribe } from "@/lib/graphql/realtime";
import { CrawlEventsSubscription } from "./operations";

/** Calls `onEvent` on every state change of any crawl, for as long as the component is mounted. */
export function useCrawlEvents(onEvent: () => void) {
  const latest = useRef(onEvent);
  latest.current = onEvent;

  useEffect(
    () =>
      subscribe(CrawlEventsSubscription, {}, {
        onData: () => latest.current(),
        // The list stays usable with its Refresh button; a dropped live feed is not worth an error banner.
        onError: () => {},
      }),
    [],
  );
}
