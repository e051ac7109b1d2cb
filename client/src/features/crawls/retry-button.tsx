"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/states";
import type { CrawlFieldsFragment } from "@/gql/graphql";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { startedCrawl } from "./describe";
import { StartCrawlMutation } from "./operations";

type RetryButtonProps = { crawl: Pick<CrawlFieldsFragment, "target" | "lists">; onRetried: (crawl: CrawlFieldsFragment) => void };

/** Starts the same crawl again: same account, same lists. */
export function RetryButton({ crawl, onRetried }: RetryButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const retry = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { startCrawl } = await request(StartCrawlMutation, {
        input: {
          target: crawl.target,
          followers: crawl.lists !== "FOLLOWING",
          following: crawl.lists !== "FOLLOWERS",
          usePrivateSession: true,
        },
      });
      const next = startedCrawl(startCrawl);
      if (next) onRetried(next);
      else setError(payloadErrors(startCrawl.errors));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="flex flex-col gap-1">
      <Button onClick={retry} disabled={busy}>
        Retry crawl
      </Button>
      <FormMessage error={error} />
    </span>
  );
}
