"use client";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dateTicks } from "@/lib/date-ticks";
import { formatCount, formatDateTime, formatShortDate } from "@/lib/format";

export type TimelinePoint = {
  at: string;
  followerCount?: number | null;
  followingCount?: number | null;
  newFollowers?: number | null;
  lostFollowers?: number | null;
};

const axis = { stroke: "var(--muted-foreground)", fontSize: 12 };
const tooltip = {
  labelFormatter: (v: unknown) => formatDateTime(new Date(Number(v)).toISOString()),
  contentStyle: { background: "var(--card)", border: "1px solid var(--border)", borderRadius: 6 },
};
// Both charts share margins, y-axis width and x domain so a crawl sits at the same x in each.
const margin = { top: 8, right: 8, bottom: 4, left: 0 };
const yWidth = 52;

/**
 * Followers and following per complete crawl on one count axis over real dates, and below it, on the same date axis,
 * followers gained (up) and lost (down) in that crawl. The points come from `timeline`, as served.
 */
export default function TimelineChart({ points }: { points: TimelinePoint[] }) {
  const data = points.map((p) => ({
    at: Date.parse(p.at),
    followers: p.followerCount ?? undefined,
    following: p.followingCount ?? undefined,
    gained: p.newFollowers ?? 0,
    lost: -(p.lostFollowers ?? 0),
  }));
  const times = data.map((d) => d.at);
  // One crawl would give an empty domain; pad it by half a day each way.
  const domain = times.length ? [Math.min(...times) - (times.length === 1 ? 43_200_000 : 0), Math.max(...times) + (times.length === 1 ? 43_200_000 : 0)] : ["auto", "auto"];
  const xAxis = (
    <XAxis dataKey="at" type="number" scale="time" domain={domain as [number, number]} ticks={dateTicks(times)} tickFormatter={formatShortDate} padding={{ left: 16, right: 16 }} {...axis} />
  );
  return (
    <div className="flex h-full flex-col">
      <div className="min-h-0 flex-[3]" data-testid="timeline-counts">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={data} margin={margin} syncId="timeline" syncMethod="value">
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            {xAxis}
            <YAxis tickFormatter={(v: number) => formatCount(v)} width={yWidth} {...axis} />
            <Tooltip {...tooltip} formatter={(value) => formatCount(Number(value))} />
            <Legend />
            <Line dataKey="followers" name="Followers" stroke="#8b7cf6" strokeWidth={2} isAnimationActive={false} connectNulls dot={data.length < 30} />
            <Line dataKey="following" name="Following" stroke="#38bdf8" strokeWidth={2} isAnimationActive={false} connectNulls dot={data.length < 30} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <div className="min-h-0 flex-[2]" data-testid="timeline-changes">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={margin} syncId="timeline" syncMethod="value" stackOffset="sign">
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            {xAxis}
            <YAxis tickFormatter={(v: number) => (v < 0 ? `−${formatCount(-v)}` : formatCount(v))} width={yWidth} allowDecimals={false} {...axis} />
            <ReferenceLine y={0} stroke="var(--muted-foreground)" />
            <Tooltip {...tooltip} formatter={(value) => formatCount(Math.abs(Number(value)))} />
            <Legend />
            <Bar dataKey="gained" name="+ new" stackId="change" fill="#22c55e" maxBarSize={24} isAnimationActive={false} />
            <Bar dataKey="lost" name="− lost" stackId="change" fill="#ef4444" maxBarSize={24} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
