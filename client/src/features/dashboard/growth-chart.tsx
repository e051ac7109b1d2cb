"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dateTicks } from "@/lib/date-ticks";
import { formatDateTime, formatShortDate } from "@/lib/format";
import { formatPercent, type GrowthPoint, type GrowthSeries } from "./top-growth";

const colors = ["#8b7cf6", "#22c55e", "#f59e0b", "#38bdf8", "#f472b6"];

/** Loaded on its own chunk: Recharts is the heaviest dependency and only the dashboard draws a chart. */
export default function GrowthChart({ series, points }: { series: GrowthSeries[]; points: GrowthPoint[] }) {
  const animate = typeof window !== "undefined" && !matchMedia("(prefers-reduced-motion: reduce)").matches;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          ticks={dateTicks(points.map((p) => p.at))}
          tickFormatter={formatShortDate}
          padding={{ left: 12, right: 12 }}
          stroke="var(--muted-foreground)"
          fontSize={12}
        />
        <YAxis tickFormatter={(value: number) => `${value}%`} stroke="var(--muted-foreground)" fontSize={12} width={48} />
        <Tooltip
          labelFormatter={(value) => formatDateTime(new Date(Number(value)).toISOString())}
          formatter={(value) => formatPercent(Number(value))}
          contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 6 }}
        />
        <Legend />
        {series.map((s, index) => (
          <Line
            key={s.username}
            dataKey={s.username}
            name={`@${s.username}`}
            stroke={colors[index % colors.length]}
            strokeWidth={2}
            dot={points.length < 30}
            connectNulls
            isAnimationActive={animate}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
