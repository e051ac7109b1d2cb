"use client";
import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useQuery } from "@/lib/graphql/use-query";
import { InstagramSessionQuery } from "./operations";
import { needsAttention } from "./session-status";

/** Across the top of every page while the Instagram session needs the user; checked again every minute. */
export function SessionBanner() {
  const { data } = useQuery(InstagramSessionQuery, {}, { pollMs: 60_000 });
  const session = data?.instagramSession;
  if (!session || !needsAttention(session.status)) return null;
  return (
    <div role="alert" className="mb-4 flex flex-wrap items-start gap-2 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm" data-testid="session-banner">
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <p className="min-w-0 flex-1">
        <strong>Your Instagram session needs attention.</strong> {session.problem}
      </p>
      <Link href="/settings" className="font-medium underline underline-offset-4">
        Open Settings
      </Link>
    </div>
  );
}
