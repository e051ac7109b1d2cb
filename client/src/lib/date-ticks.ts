import { formatShortDate } from "./format";

/**
 * X-axis ticks for a time-scale chart: one per calendar day that has data (at that day's first point), thinned evenly
 * to at most `max`. Recharts' own time ticks fall every few hours when crawls are close together, repeating one date.
 */
export function dateTicks(times: number[], max = 6): number[] {
  const byDay = new Map<string, number>();
  for (const at of [...times].sort((a, b) => a - b)) if (!byDay.has(formatShortDate(at))) byDay.set(formatShortDate(at), at);
  const days = [...byDay.values()];
  if (days.length <= max) return days;
  const step = (days.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => days[Math.round(i * step)]);
}
