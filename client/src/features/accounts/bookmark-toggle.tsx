"use client";
import { Star } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { BookmarkAccountMutation } from "./operations";

type BookmarkToggleProps = { account: { id: string; username: string; bookmarked: boolean }; onError: (message: string) => void };

/** Flips at once and rolls back if the API refuses. */
export function BookmarkToggle({ account, onError }: BookmarkToggleProps) {
  const [bookmarked, setBookmarked] = useState(account.bookmarked);
  const toggle = async () => {
    const next = !bookmarked;
    setBookmarked(next);
    try {
      const { bookmarkAccount } = await request(BookmarkAccountMutation, { input: { accountId: account.id, bookmarked: next } });
      const problem = payloadErrors(bookmarkAccount.errors);
      if (problem) throw new Error(problem);
    } catch (e) {
      setBookmarked(!next);
      onError(errorMessage(e));
    }
  };
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-pressed={bookmarked}
      aria-label={`Bookmark @${account.username} (re-crawled nightly)`}
      title={bookmarked ? "Bookmarked: re-crawled every night" : "Bookmark: re-crawl every night"}
      onClick={toggle}
    >
      <Star aria-hidden className={cn(bookmarked && "fill-warning text-warning")} />
    </Button>
  );
}
