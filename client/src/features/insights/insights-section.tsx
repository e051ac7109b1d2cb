"use client";
import { ChevronRight } from "lucide-react";
import { useState } from "react";
import { AccountInsights } from "./account-insights";

const OPEN_KEY = "instaintel.account-insights-open";

/**
 * The account page's charts folded into one section above the lists, so the list a user came for starts within the
 * first screen. Closed by default; opening or closing it is remembered in this browser. The charts load on first open.
 */
export function InsightsSection({ username }: { username: string }) {
  // Only ever rendered in the browser (after the account loaded), so reading storage while rendering is safe.
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) === "1");
  const [opened, setOpened] = useState(open);
  return (
    <details
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        setOpen(next);
        if (next) setOpened(true);
        localStorage.setItem(OPEN_KEY, next ? "1" : "0");
      }}
      className="group rounded-lg border bg-card"
      data-testid="insights-section"
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 text-sm font-medium [&::-webkit-details-marker]:hidden">
        <ChevronRight aria-hidden className="size-4 shrink-0 transition-transform group-open:rotate-90" />
        Charts and ghost candidates
      </summary>
      {opened && (
        <div className="border-t py-3 sm:p-3">
          <AccountInsights username={username} />
        </div>
      )}
    </details>
  );
}
