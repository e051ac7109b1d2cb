/**
 * How long to wait between two pages. People scroll a follower dialog in bursts and pauses: most gaps are a few
 * seconds and vary a lot, now and then someone stops for a minute. A loop with a fixed delay reads far and evenly,
 * which is what Instagram logs out for.
 */
export interface Pace {
  /** The typical gap between pages (the median of a log-normal distribution). */
  medianMs: number;
  /** The log-normal's sigma: 0.5 puts two gaps in three between 0.6× and 1.65× the median. */
  spread: number;
  /** The chance that a gap is a longer pause instead. */
  pauseChance: number;
  pauseMinMs: number;
  pauseMaxMs: number;
}

/** Gaps mostly between 2.4 and 6.6 s around 4 s, and one in twenty a pause of 20–90 s: about 8 pages a minute. */
export const defaultPace: Pace = { medianMs: 4_000, spread: 0.5, pauseChance: 0.05, pauseMinMs: 20_000, pauseMaxMs: 90_000 };

/** A standard normal sample (Box–Muller). */
function normal(random: () => number): number {
  const u = 1 - random(); // in (0, 1]: log(0) never happens
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The next gap in milliseconds. */
export function nextGap(pace: Pace, random: () => number = Math.random): number {
  if (random() < pace.pauseChance) return Math.round(pace.pauseMinMs + random() * (pace.pauseMaxMs - pace.pauseMinMs));
  return Math.round(pace.medianMs * Math.exp(pace.spread * normal(random)));
}

/** A pace is usable when every number is finite, not negative, and the pause range is in order. */
export function isPace(value: unknown): value is Pace {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Record<string, unknown>;
  const numbers = ["medianMs", "spread", "pauseChance", "pauseMinMs", "pauseMaxMs"].map((k) => p[k]);
  return (
    numbers.every((n) => typeof n === "number" && Number.isFinite(n) && n >= 0) &&
    (p.pauseChance as number) <= 1 &&
    (p.pauseMinMs as number) <= (p.pauseMaxMs as number)
  );
}
