"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatDate, formatDateTime } from "@/lib/format";

export type TimelinePoint = {
  at: string;
  followerCount?: number | null;
  followingCount?: number | null;
  newFollowers?: number | null;
  lostFollowers?: number | null;
};

/** Counts per complete crawl as lines, followers gained and lost as bars; the points come from `timeline`, as served. */
export default function TimelineChart({ points }: { points: TimelinePoint[] }) {
  const data = points.map((p) => ({
    at: Date.parse(p.at),
    followers: p.followerCount ?? undefined,
    following: p.followingCount ?? undefined,
    gained: p.newFollowers ?? 0,
    lost: -(p.lostFollowers ?? 0),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey="at" tickFormatter={(v: number) => formatDate(new Date(v).toISOString())} stroke="var(--muted-foreground)" fontSize={12} />
        <YAxis yAxisId="count" tickFormatter={(v: number) => formatCount(v)} stroke="var(--muted-foreground)" fontSize={12} width={52} />
        <YAxis yAxisId="delta" orientation="right" tickFormatter={(v: number) => formatCount(v)} stroke="var(--muted-foreground)" fontSize={12} width={44} />
        <Tooltip
          labelFormatter={(v) => formatDateTime(new Date(Number(v)).toISOString())}
          formatter={(value) => formatCount(Math.abs(Number(value)))}
          contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 6 }}
        />
        <Legend />
        <Bar yAxisId="delta" dataKey="gained" name="+ new" fill="#22c55e" isAnimationActive={false} />
        <Bar yAxisId="delta" dataKey="lost" name="− lost" fill="#ef4444" isAnimationActive={false} />
        <Line yAxisId="count" dataKey="followers" name="Followers" stroke="#8b7cf6" strokeWidth={2} isAnimationActive={false} connectNulls />
        <Line yAxisId="count" dataKey="following" name="Following" stroke="#38bdf8" strokeWidth={2} isAnimationActive={false} connectNulls />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
