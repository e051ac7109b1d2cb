import { formatCount } from "@/lib/format";

/** A session's three pacing values, as the sliders hold them. */
export type PacingValues = { requestsPerMinute: number; requestsPerHour: number; dailyCap: number };

/**
 * What `setSessionPacing` is sent: a value at its ceiling is sent as null, so the session follows the server's
 * setting (and any later change to it) rather than a copy of today's number.
 */
export function pacingInput(id: string, values: PacingValues, ceilings: PacingValues) {
  const own = (key: keyof PacingValues) => (values[key] >= ceilings[key] ? null : Math.max(1, Math.round(values[key])));
  return { id, requestsPerMinute: own("requestsPerMinute"), requestsPerHour: own("requestsPerHour"), dailyCap: own("dailyCap") };
}

/** A slider step that gives about a hundred stops whatever the ceiling. */
export function sliderStep(ceiling: number): number {
  return Math.max(1, Math.round(ceiling / 100));
}

/** The server's pacing (`Instagram:Pacing`) in words: the most any session sends. */
export function describeServerPacing(pacing: PacingValues & { jitterSeconds: number }): string {
  const wait = pacing.jitterSeconds > 0 ? `, each after a random wait of up to ${formatCount(pacing.jitterSeconds)} s` : "";
  return `${formatCount(pacing.requestsPerMinute)} requests a minute, ${formatCount(pacing.requestsPerHour)} an hour and ${formatCount(pacing.dailyCap)} a day${wait}`;
}
