"use client";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { ErrorState, FormMessage } from "@/components/ui/states";
import { formatCount, formatDate } from "@/lib/format";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { ChoiceGroup } from "./choice-group";
import { AccountCountsQuery, ImportCountsMutation, SetTrackingLevelMutation } from "./operations";
import { countRanges, describeEvent, formatChange, rangeFrom, type CountRange } from "./ranges";

const trackingLevels = [
  { id: "COUNTS", label: "Counts only" },
  { id: "LISTS", label: "Counts and lists" },
] as const;

const CountsChart = dynamic(() => import("./counts-chart"), { ssr: false, loading: () => <Skeleton className="h-full w-full" /> });

/**
 * The account page's counts: followers per day over a chosen range with the profile's changes marked, the 7- and
 * 30-day change, a 30-day projection, the tracking level, and a CSV import to seed the curve from elsewhere.
 */
export function CountsSection({ username }: { username: string }) {
  const [range, setRange] = useState<CountRange>("30d");
  const from = useMemo(() => rangeFrom(range), [range]);
  const { data, error, refetch } = useQuery(AccountCountsQuery, { username, from, every: "DAY" as const });
  const [message, setMessage] = useState<{ error?: string; success?: string }>({});
  const account = data?.account;
  if (error) return <ErrorState message={error} onRetry={refetch} />;

  const readings = account?.counts.filter((p) => typeof p.followers === "number") ?? [];
  const events = (account?.profileEvents ?? []).filter((e) => !from || e.at >= from);
  const projection = account?.projection;

  async function setLevel(level: "COUNTS" | "LISTS") {
    if (!account) return;
    try {
      const result = await request(SetTrackingLevelMutation, { input: { accountId: account.id, level } });
      setMessage({ error: payloadErrors(result.setTrackingLevel.errors) });
      refetch();
    } catch (e) {
      setMessage({ error: errorMessage(e) });
    }
  }

  async function importCsv(file: File) {
    if (!account) return;
    try {
      const result = await request(ImportCountsMutation, { input: { accountId: account.id, csv: await file.text() } });
      const problem = payloadErrors(result.importCounts.errors);
      setMessage(problem ? { error: problem } : { success: `Imported ${formatCount(result.importCounts.imported)} days.` });
      refetch();
    } catch (e) {
      setMessage({ error: errorMessage(e) });
    }
  }

  return (
    <Card aria-labelledby="counts-title" className="flex flex-col gap-3" data-testid="counts-section">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <CardTitle id="counts-title">Counts</CardTitle>
          <CardDescription>Followers per day from the daily reading and every crawl; days without a reading stay empty.</CardDescription>
        </div>
        <ChoiceGroup label="Range" value={range} options={countRanges} onChange={setRange} />
      </div>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <Stat label="Followers" value={formatCount(readings.at(-1)?.followers)} testId="counts-latest" />
        <Stat label="7 days" value={formatChange(account?.week)} testId="counts-week" />
        <Stat label="30 days" value={formatChange(account?.month)} testId="counts-month" />
        <Stat
          label={`In ${projection?.days ?? 30} days`}
          value={projection ? `${formatCount(Math.round(projection.followers))}` : "—"}
          hint={projection ? projectionRange(projection) : daysNeeded(account?.daysUntilProjection)}
          testId="counts-projection"
        />
      </dl>
      <div className="h-64 w-full" role="img" aria-label={`Followers per day, ${readings.length} days with readings`} data-testid="counts-chart">
        {account ? <CountsChart points={account.counts} events={events.map((e) => ({ at: e.at, label: describeEvent(e) }))} /> : <Skeleton className="h-full w-full" />}
      </div>
      {events.length > 0 && (
        <ul className="grid gap-1 text-sm" aria-label="Profile changes" data-testid="profile-events">
          {events.map((e, i) => (
            <li key={`${e.at}-${i}`} className="flex flex-wrap gap-x-2 rounded-md bg-muted px-3 py-1.5">
              <span className="tabular-nums text-muted-foreground">{formatDate(e.at)}</span>
              <span className="min-w-0 break-words">{describeEvent(e)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted-foreground">Tracking:</span>
        <ChoiceGroup label="Tracking level" value={account?.trackingLevel} options={trackingLevels} onChange={setLevel} />
        <Button variant="outline" size="sm" asChild className="pointer-coarse:min-h-11">
          <label>
            Import counts CSV
            <input
              type="file"
              accept=".csv,text/csv"
              className="sr-only"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void importCsv(file);
                e.currentTarget.value = "";
              }}
            />
          </label>
        </Button>
      </div>
      <FormMessage error={message.error} success={message.success} />
    </Card>
  );
}

function projectionRange(p: { low: number; high: number; slopePerDay: number }): string {
  const slope = `${p.slopePerDay >= 0 ? "+" : "−"}${formatCount(Math.abs(Math.round(p.slopePerDay)))}/day`;
  return `${formatCount(Math.round(p.low))} – ${formatCount(Math.round(p.high))}, ${slope}`;
}

/** Projections come from daily readings only: say how many more days it takes. */
function daysNeeded(days: number | undefined): string {
  if (!days) return "no readings yet";
  return `needs ${days} more ${days === 1 ? "day" : "days"} of readings`;
}

function Stat({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div className="rounded-md bg-muted px-3 py-2">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="font-medium tabular-nums" data-testid={testId}>{value}</dd>
      {hint && <dd className="text-xs text-muted-foreground">{hint}</dd>}
    </div>
  );
}
