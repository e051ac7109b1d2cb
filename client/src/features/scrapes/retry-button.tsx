"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/states";
import type { ScrapeFieldsFragment } from "@/gql/graphql";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { startedCrawl } from "./describe";
import { StartScrapeMutation } from "./operations";

type RetryButtonProps = { scrape: Pick<ScrapeFieldsFragment, "target" | "lists">; onRetried: (scrape: ScrapeFieldsFragment) => void };

/** Starts the same crawl again: same account, same lists. */
export function RetryButton({ scrape, onRetried }: RetryButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const retry = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { startCrawl } = await request(StartScrapeMutation, {
        input: {
          target: scrape.target,
          followers: scrape.lists !== "FOLLOWING",
          following: scrape.lists !== "FOLLOWERS",
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
