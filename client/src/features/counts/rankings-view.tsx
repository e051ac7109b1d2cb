"use client";
import Link from "next/link";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { followersViewHref } from "@/features/followers/href";
import { formatCount } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import type { RankBy } from "@/gql/graphql";
import { ChoiceGroup } from "./choice-group";
import { RankingsQuery } from "./operations";
import { formatChange } from "./ranges";

const orders: { id: RankBy; label: string }[] = [
  { id: "FOLLOWERS", label: "Followers" },
  { id: "GAIN_7D", label: "Gain 7 d" },
  { id: "GAIN_30D", label: "Gain 30 d" },
  { id: "GROWTH_PCT_30D", label: "Growth % 30 d" },
];

/** Every tracked account with readings, ranked on the server; the order is a choice, the numbers are always all shown. */
export function RankingsView({ first = 500 }: { first?: number }) {
  const [by, setBy] = useState<RankBy>("GAIN_7D");
  const { data, error, loading, refetch } = useQuery(RankingsQuery, { by, first });
  return (
    <div className="flex flex-col gap-3">
      <ChoiceGroup label="Rank by" value={by} options={orders} onChange={setBy} />
      {error ? (
        <ErrorState message={error} onRetry={refetch} />
      ) : !data && loading ? (
        <LoadingState label="Ranking accounts…" />
      ) : !data?.rankings.length ? (
        <EmptyState title="Nothing to rank yet">Accounts appear once their counts have been read (daily, or by a crawl).</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border bg-card">
          <table className="w-full text-sm" data-testid="rankings">
            <thead className="border-b text-left text-muted-foreground">
              <tr>
                <th scope="col" className="px-2 py-2 font-medium sm:px-3">#</th>
                <th scope="col" className="px-2 py-2 font-medium sm:px-3">Account</th>
                <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">Followers</th>
                <th scope="col" className="px-2 py-2 text-right font-medium sm:px-3">7 d</th>
                <th scope="col" className="hidden px-2 py-2 text-right font-medium sm:table-cell sm:px-3">30 d</th>
                <th scope="col" className="hidden px-2 py-2 text-right font-medium md:table-cell md:px-3">% 30 d</th>
              </tr>
            </thead>
            <tbody>
              {data.rankings.map((r) => (
                <tr key={r.account.id} className="border-b last:border-b-0">
                  <td className="px-2 py-2 tabular-nums text-muted-foreground sm:px-3">{r.rank}</td>
                  <td className="px-2 py-2 sm:px-3">
                    <Link href={followersViewHref(r.account.username)} className="flex min-h-11 min-w-0 items-center gap-2 hover:underline">
                      <Avatar url={r.account.profilePicUrl} username={r.account.username} />
                      <span className="max-w-[7rem] truncate min-[400px]:max-w-[12rem] sm:max-w-none">@{r.account.username}</span>
                    </Link>
                  </td>
                  <td className="px-2 py-2 text-right tabular-nums sm:px-3">{formatCount(r.followers)}</td>
                  <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap sm:px-3">{formatChange(r.gain7d == null ? null : { absolute: r.gain7d })}</td>
                  <td className="hidden px-2 py-2 text-right tabular-nums whitespace-nowrap sm:table-cell sm:px-3">{formatChange(r.gain30d == null ? null : { absolute: r.gain30d })}</td>
                  <td className="hidden px-2 py-2 text-right tabular-nums md:table-cell md:px-3">{r.growthPct30d == null ? "—" : `${r.growthPct30d.toFixed(1)}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
