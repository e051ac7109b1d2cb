"use client";
import { Activity, Database, Users, UserSquare } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { ErrorState } from "@/components/ui/states";
import { formatCount, formatDateTime, formatRelative } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { DashboardQuery } from "./operations";

export function KpiCards() {
  const { data, error, refetch } = useQuery(DashboardQuery, {});
  if (error) return <ErrorState message={error} onRetry={refetch} />;
  const d = data?.dashboard;
  return (
    <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 xl:grid-cols-4">
      <Kpi icon={<Users />} label="Accounts tracked" value={d && formatCount(d.trackedAccounts)} />
      <Kpi icon={<UserSquare />} label="Profiles stored" value={d && formatCount(d.totalProfiles)} />
      <Kpi icon={<Database />} label="Rows stored" value={d && formatCount(d.totalEdges)} hint="follower and following relations" />
      <Kpi
        icon={<Activity />}
        label="Last run"
        value={d && formatRelative(d.lastRunAt)}
        hint={d?.lastRunAt ? formatDateTime(d.lastRunAt) : undefined}
      />
    </div>
  );
}

function Kpi({ icon, label, value, hint }: { icon: ReactNode; label: string; value?: string; hint?: string }) {
  return (
    <Card className="flex flex-col gap-1">
      <div className="flex items-center justify-between text-sm text-muted-foreground">
        <h2>{label}</h2>
        <span aria-hidden className="[&_svg]:size-4">
          {icon}
        </span>
      </div>
      {value === undefined ? <Skeleton className="h-8 w-24" /> : <p className="text-2xl font-semibold tabular-nums">{value}</p>}
      {hint && <p className="text-xs text-muted-foreground">{hint}</p>}
    </Card>
  );
}
