"use client";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { formatCount } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { cn } from "@/lib/cn";
import { GrowthQuery } from "./operations";
import { formatPercent, growthChartData, growthWindows, type GrowthWindow } from "./top-growth";

const GrowthChart = dynamic(() => import("./growth-chart"), { ssr: false, loading: () => <Skeleton className="h-full w-full" /> });

export function TopGrowthCard() {
  const [days, setDays] = useState<GrowthWindow>(30);
  const { data, error, refetch } = useQuery(GrowthQuery, { days });
  const growth = useMemo(() => growthChartData(data?.dashboard.topGrowth ?? []), [data]);
  return (
    <Card aria-labelledby="growth-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <CardTitle id="growth-title">Top 5 growth</CardTitle>
          <CardDescription>Follower growth in % since each account's first crawl in the last {days} days; the list shows followers gained.</CardDescription>
        </div>
        <div role="radiogroup" aria-label="Window" className="flex rounded-md border p-0.5">
          {growthWindows.map((w) => (
            <button
              key={w}
              type="button"
              role="radio"
              aria-checked={days === w}
              onClick={() => setDays(w)}
              className={cn("min-h-9 min-w-11 rounded px-2 text-sm pointer-coarse:min-h-11", days === w ? "bg-accent font-medium" : "text-muted-foreground hover:bg-accent")}
            >
              {w} d
            </button>
          ))}
        </div>
      </div>
      {error ? (
        <ErrorState message={error} onRetry={refetch} />
      ) : !data ? (
        <Skeleton className="h-64 w-full" />
      ) : growth.series.length === 0 ? (
        <EmptyState title="No crawls yet">The chart fills in once tracked accounts have complete crawls.</EmptyState>
      ) : (
        <>
          <div className="h-64 w-full sm:h-72" data-testid="growth-chart" role="img" aria-label={`Follower growth in % over time for ${growth.series.map((s) => `@${s.username}`).join(", ")}`}>
            <GrowthChart series={growth.series} points={growth.points} />
          </div>
          <ol className="grid gap-1 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="top-growth">
            {growth.series.map((s) => (
              <li key={s.username} className="flex flex-wrap justify-between gap-x-2 rounded-md bg-muted px-3 py-2">
                <span className="min-w-0 break-all">@{s.username}</span>
                <span className="tabular-nums">
                  {s.growth >= 0 ? "+" : "−"}
                  {formatCount(Math.abs(s.growth))} ({formatPercent(s.percent)}) · {formatCount(s.latest)}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
