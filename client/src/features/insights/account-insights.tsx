"use client";
import dynamic from "next/dynamic";
import Link from "next/link";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { ErrorState } from "@/components/ui/states";
import { formatCount } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { GhostList } from "./ghost-list";
import { AccountInsightsQuery } from "./operations";
import { spokeData, spokeHref } from "./spokes";

const chartLoading = () => <Skeleton className="h-full w-full" />;
const FollowBackRadar = dynamic(() => import("./follow-back-radar"), { ssr: false, loading: chartLoading });
const TimelineChart = dynamic(() => import("./timeline-chart"), { ssr: false, loading: chartLoading });

/** The account page's charts: follow-back spider chart, follower timeline and ghost candidates. */
export function AccountInsights({ username }: { username: string }) {
  const { data, error, refetch } = useQuery(AccountInsightsQuery, { username });
  if (error) return <ErrorState message={error} onRetry={refetch} />;
  const account = data?.account;
  const spokes = account ? spokeData(account.insights.followBack) : [];
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <Card aria-labelledby="follow-back-title" className="flex flex-col gap-3" data-testid="follow-back">
        <div>
          <CardTitle id="follow-back-title">Follow-back</CardTitle>
          <CardDescription>Each spoke opens its list.</CardDescription>
        </div>
        <div className="h-64 w-full" aria-hidden={!account}>
          {account ? <FollowBackRadar username={username} spokes={spokes} /> : chartLoading()}
        </div>
        <ul className="grid grid-cols-2 gap-1 text-sm sm:grid-cols-3">
          {spokes.map((spoke) => (
            <li key={spoke.key}>
              <Link href={spokeHref(username, spoke)} className="flex min-h-11 items-center justify-between gap-2 rounded-md bg-muted px-3 hover:bg-accent">
                <span className="min-w-0 break-words">{spoke.label}</span>
                <span className="tabular-nums font-medium" data-testid={`spoke-${spoke.key}`}>{formatCount(spoke.value)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="timeline-title" className="flex flex-col gap-3" data-testid="timeline">
        <div>
          <CardTitle id="timeline-title">Timeline</CardTitle>
          <CardDescription>Followers and following after each complete crawl; below, followers gained and lost in that crawl.</CardDescription>
        </div>
        <div className="h-96 w-full" role="img" aria-label={`${account?.timeline.length ?? 0} complete crawls`}>
          {account ? <TimelineChart points={account.timeline} /> : chartLoading()}
        </div>
      </Card>
      {account && (
        <GhostList
          className="lg:col-span-2"
          caveat={account.insights.ghostCaveat}
          total={account.insights.ghostCandidates?.totalCount ?? 0}
          ghosts={account.insights.ghostCandidates?.nodes ?? []}
        />
      )}
    </div>
  );
}
