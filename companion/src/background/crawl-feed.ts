import { createClient } from "graphql-sse";
import type { Pairing } from "../shared/state";
import { graphql, TokenRefused } from "./instaintel";
import * as ops from "./operations";
import { sleep } from "./sleep";

type CrawlEvent = { crawlId: string; status: string; crawl: { id: string; source: string | null; target: string; resumesAt: string | null } | null };
type OpenCrawls = { crawls: { nodes: { id: string; target: string; status: string; resumesAt: string | null }[] } };

export type FeedHandlers = {
  /** A browser crawl waits for this browser (queued, or running when the browser went away mid-crawl). */
  offer: (crawlId: string) => void;
  /** A crawl left the running states in InstaIntel (cancelled, paused, ended). */
  ended: (crawlId: string) => void;
  refused: () => void;
};

const waiting = ["QUEUED", "RUNNING"];

/**
 * Learns of browser crawls as InstaIntel queues them, over graphql-sse (`/graphql`, as `Accept: text/event-stream`); on every (re)connect one
 * query catches up with what was queued meanwhile. Nothing is asked while the stream is quiet. Returns a disposer.
 */
export function watchCrawls(server: Pairing, on: FeedHandlers): () => void {
  let closed = false;
  // A revoked token is answered 401: no use retrying that, unlike a broken connection.
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(input, init);
    if (response.status === 401) throw new TokenRefused();
    return response;
  };
  const client = createClient({
    url: `${server.origin}/graphql`,
    headers: { authorization: `Bearer ${server.token}` },
    fetchFn,
    retryAttempts: Number.POSITIVE_INFINITY,
    retry: (retries) => sleep(Math.min(60_000, 1_000 * 2 ** retries) * (0.5 + Math.random())),
  });

  // A browser crawl paused by a rate limit may be claimed again once its pause is over: one timer each, no polling.
  const later = new Map<string, ReturnType<typeof setTimeout>>();
  const offerAt = (crawlId: string, resumesAt: string | null) => {
    clearTimeout(later.get(crawlId));
    const wait = resumesAt ? Date.parse(resumesAt) - Date.now() : Number.NaN;
    if (!Number.isFinite(wait)) return;
    later.set(crawlId, setTimeout(() => on.offer(crawlId), Math.max(0, wait) + 1_000));
  };

  const catchUp = async () => {
    try {
      const { crawls } = await graphql<OpenCrawls>(server, ops.openBrowserCrawls);
      // Running first: one this browser was reading when it was closed goes on before new ones start.
      const open = crawls.nodes.filter((c) => waiting.includes(c.status)).sort((a, b) => waiting.indexOf(b.status) - waiting.indexOf(a.status));
      for (const crawl of open) on.offer(crawl.id);
      for (const crawl of crawls.nodes.filter((c) => c.status === "PAUSED_RATE_LIMITED")) offerAt(crawl.id, crawl.resumesAt);
    } catch (error) {
      if (error instanceof TokenRefused) on.refused();
      else console.warn("InstaIntel companion: could not list browser crawls", error);
    }
  };

  const subscribe = () =>
    client.subscribe<{ crawlEvents: CrawlEvent }>(
      { query: ops.crawlEvents },
      {
        next: ({ data }) => {
          const event = data?.crawlEvents;
          if (!event) return;
          if (event.crawl?.source !== "BROWSER") return;
          if (event.status === "QUEUED") on.offer(event.crawlId);
          else if (!waiting.includes(event.status)) on.ended(event.crawlId);
          if (event.status === "PAUSED_RATE_LIMITED") offerAt(event.crawlId, event.crawl.resumesAt);
        },
        error: (error) => {
          if (error instanceof TokenRefused) on.refused();
          else if (!closed) void sleep(5_000).then(() => !closed && (unsubscribe = subscribe()));
        },
        // The server ended the stream (e.g. it restarted): listen again.
        complete: () => {
          if (!closed) void sleep(1_000).then(() => !closed && (unsubscribe = subscribe()));
        },
      },
      { connected: () => void catchUp() },
    );
  let unsubscribe = subscribe();

  return () => {
    closed = true;
    for (const timer of later.values()) clearTimeout(timer);
    unsubscribe();
    client.dispose();
  };
}
