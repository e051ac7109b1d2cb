import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultPace, isPace, nextGap, type Pace } from "./pacing";

/** A seeded generator (mulberry32), so every run draws the same gaps. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const draw = (pace: Pace, n: number, seed = 1) => Array.from({ length: n }, ((random) => () => nextGap(pace, random))(seeded(seed)));

function variation(gaps: number[]): number {
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  return Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length) / mean;
}

test("the default pace waits about 4 s between pages, with a longer pause about one time in twenty", () => {
  const gaps = draw(defaultPace, 20_000);
  const short = gaps.filter((g) => g < defaultPace.pauseMinMs).sort((a, b) => a - b);
  const median = short[Math.floor(short.length / 2)]!;
  assert.ok(median > 3_700 && median < 4_300, `median ${median}`);
  const middle = short.filter((g) => g >= 2_400 && g <= 6_600).length / short.length;
  assert.ok(middle > 0.6 && middle < 0.75, `share within 2.4–6.6 s: ${middle}`);
  const pauses = gaps.filter((g) => g >= defaultPace.pauseMinMs).length / gaps.length;
  assert.ok(pauses > 0.04 && pauses < 0.065, `share of pauses ${pauses}`);
  assert.ok(gaps.every((g) => g >= 0 && g <= defaultPace.pauseMaxMs + 1));
});

test("no stretch of the default pace looks even: gaps vary by more than half their mean in any 30 minutes", () => {
  // Instagram's rule (as the simulator's detector has it): about 2,000 users within 30 minutes read with gaps whose
  // standard deviation is under half their mean. At 12 users a page, every 30-minute window must vary more.
  const gaps = draw(defaultPace, 5_000, 7);
  let start = 0;
  let spanMs = 0;
  for (let end = 0; end < gaps.length; end++) {
    spanMs += gaps[end]!;
    while (spanMs > 30 * 60_000) spanMs -= gaps[start++]!;
    const window = gaps.slice(start, end + 1);
    if ((window.length + 1) * 12 >= 2_000) assert.ok(variation(window) >= 0.5, `window ${start}–${end}: ${variation(window)}`);
  }
});

test("a faster pace of the same shape still varies as much", () => {
  const fast: Pace = { medianMs: 40, spread: 0.5, pauseChance: 0.05, pauseMinMs: 200, pauseMaxMs: 900 };
  assert.ok(variation(draw(fast, 2_000, 3)) >= 0.5);
});

test("a pace from storage is used only when every number makes sense", () => {
  assert.ok(isPace(defaultPace));
  assert.ok(!isPace(null));
  assert.ok(!isPace({ ...defaultPace, medianMs: -1 }));
  assert.ok(!isPace({ ...defaultPace, pauseChance: 2 }));
  assert.ok(!isPace({ ...defaultPace, pauseMinMs: 10, pauseMaxMs: 5 }));
  assert.ok(!isPace({ ...defaultPace, spread: "wide" }));
});
