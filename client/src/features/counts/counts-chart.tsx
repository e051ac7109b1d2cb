"use client";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dateTicks } from "@/lib/date-ticks";
import { formatCount, formatShortDate } from "@/lib/format";

export type CountChartPoint = { at: string; followers?: number | null };
export type CountChartEvent = { at: string; label: string };

const axis = { stroke: "var(--muted-foreground)", fontSize: 12 };
const DAY_MS = 86_400_000;

/**
 * Followers per day over real dates. A day without a reading is a gap in the line, never a guess; each profile event
 * is a dashed vertical line at its day, labelled in the tooltip list below the chart.
 */
export default function CountsChart({ points, events }: { points: CountChartPoint[]; events: CountChartEvent[] }) {
  const data = points.map((p) => ({ at: Date.parse(p.at), followers: p.followers ?? null }));
  const times = data.map((d) => d.at);
  const domain: [number, number] = times.length ? [Math.min(...times), Math.max(...times) + (times.length === 1 ? DAY_MS : 0)] : [0, DAY_MS];
  const sparse = data.filter((d) => d.followers !== null).length < 40;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis dataKey="at" type="number" scale="time" domain={domain} ticks={dateTicks(times)} tickFormatter={formatShortDate} {...axis} />
        <YAxis tickFormatter={(v: number) => formatCount(v)} width={52} domain={["auto", "auto"]} {...axis} />
        <Tooltip
          labelFormatter={(v: unknown) => new Date(Number(v)).toISOString().slice(0, 10)}
          formatter={(value) => formatCount(Number(value))}
          contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 6 }}
        />
        {events.map((e, i) => (
          <ReferenceLine key={`${e.at}-${i}`} x={Math.floor(Date.parse(e.at) / DAY_MS) * DAY_MS} stroke="#f59e0b" strokeDasharray="4 3" ifOverflow="hidden" />
        ))}
        <Line dataKey="followers" name="Followers" stroke="#8b7cf6" strokeWidth={2} isAnimationActive={false} connectNulls={false} dot={sparse} />
      </LineChart>
    </ResponsiveContainer>
  );
}
