"use client";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import { formatCount } from "@/lib/format";
import { spokeHref, type Spoke } from "./spokes";

type Datum = Spoke & { value: number };
type TickProps = { x?: number | string; y?: number | string; textAnchor?: string; index?: number };

/** Recharts radar; each spoke's label is a link to the filtered list it counts. Loaded on its own chunk. */
export default function FollowBackRadar({ username, spokes }: { username: string; spokes: Datum[] }) {
  const SpokeTick = ({ x, y, textAnchor, index = 0 }: TickProps) => {
    const spoke = spokes[index];
    return (
      <a href={spokeHref(username, spoke)} data-testid={`radar-spoke-${spoke.key}`} aria-label={`${spoke.label} ${formatCount(spoke.value)}`}>
        <text x={Number(x)} y={Number(y)} textAnchor={(textAnchor as "start" | "middle" | "end") ?? "middle"} fontSize={12} fill="var(--foreground)" className="underline">
          {/* Two lines, so the longest label fits beside the chart at 320 px. */}
          <tspan x={Number(x)}>{spoke.label} </tspan>
          <tspan x={Number(x)} dy="1.2em">
            {formatCount(spoke.value)}
          </tspan>
        </text>
      </a>
    );
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={spokes} outerRadius="65%">
        <PolarGrid stroke="var(--border)" />
        <PolarAngleAxis dataKey="label" tick={SpokeTick} />
        <PolarRadiusAxis tick={false} axisLine={false} />
        <Tooltip formatter={(value) => formatCount(Number(value))} contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 6 }} />
        <Radar dataKey="value" name="Profiles" stroke="#8b7cf6" fill="#8b7cf6" fillOpacity={0.35} isAnimationActive={false} />
      </RadarChart>
    </ResponsiveContainer>
  );
}
