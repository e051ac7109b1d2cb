"use client";
import { useState } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/states";
import type { FollowList } from "@/gql/graphql";
import { formatCount, formatDateTime } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { CompareCrawlsQuery, CompleteCrawlsQuery } from "./operations";
import { PersonLink } from "./person-link";

/** Pick two complete crawls of the account; see who joined and who left the list between them. */
export function CompareView({ username, list }: { username: string; list: FollowList }) {
  const crawls = useQuery(CompleteCrawlsQuery, { username });
  const covering = (crawls.data?.account?.crawls?.nodes ?? []).filter((s) => s.lists === "BOTH" || s.lists === list);
  const [picked, setPicked] = useState<{ from?: string; to?: string }>({});
  const to = picked.to ?? covering[0]?.id;
  const from = picked.from ?? covering[1]?.id;
  const comparable = !!from && !!to && from !== to;
  const result = useQuery(CompareCrawlsQuery, { username, from: from ?? "", to: to ?? "", list }, { skip: !comparable });
  const comparison = result.data?.account?.compareCrawls;

  return (
    <Card className="flex flex-col gap-3" aria-labelledby="compare-title" data-testid="compare">
      <CardTitle id="compare-title">Compare two crawls</CardTitle>
      {covering.length < 2 ? (
        <p className="text-sm text-muted-foreground">Two complete crawls of this list are needed; run another crawl.</p>
      ) : (
        <>
          <div className="grid gap-2 sm:grid-cols-2">
            <CrawlPicker label="Earlier crawl" value={from} crawls={covering} onChange={(id) => setPicked((p) => ({ ...p, from: id }))} />
            <CrawlPicker label="Later crawl" value={to} crawls={covering} onChange={(id) => setPicked((p) => ({ ...p, to: id }))} />
          </div>
          {!comparable && <p className="text-sm text-muted-foreground">Pick two different crawls.</p>}
          {result.error && <ErrorState message={result.error} onRetry={result.refetch} />}
          {comparison && (
            <div className="grid gap-4 md:grid-cols-2">
              <PeopleList title="Joined" testId="compare-joined" connection={comparison.joined} />
              <PeopleList title="Left" testId="compare-left" connection={comparison.left} />
            </div>
          )}
        </>
      )}
    </Card>
  );
}

type Crawl = { id: string; finishedAt?: string | null };

function CrawlPicker({ label, value, crawls, onChange }: { label: string; value?: string; crawls: Crawl[]; onChange: (id: string) => void }) {
  return (
    <label className="flex flex-col gap-1 text-xs text-muted-foreground">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} className="min-h-11 rounded-md border bg-background px-2 text-sm text-foreground">
        {crawls.map((c) => (
          <option key={c.id} value={c.id}>
            {formatDateTime(c.finishedAt)}
          </option>
        ))}
      </select>
    </label>
  );
}

type People = { totalCount: number; nodes?: { pk: number; username: string; fullName: string; profilePicUrl?: string | null }[] | null };

function PeopleList({ title, testId, connection }: { title: string; testId: string; connection: People | null }) {
  const nodes = connection?.nodes ?? [];
  const total = connection?.totalCount ?? 0;
  return (
    <section data-testid={testId}>
      <h3 className="mb-1 text-sm font-semibold">
        {title} ({formatCount(total)})
      </h3>
      {nodes.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nobody.</p>
      ) : (
        <ul className="flex flex-col">
          {nodes.map((p) => (
            <li key={p.pk}>
              <PersonLink {...p} />
            </li>
          ))}
          {total > nodes.length && <li className="text-sm text-muted-foreground">…and {formatCount(total - nodes.length)} more</li>}
        </ul>
      )}
    </section>
  );
}
