import { describe, expect, it } from "vitest";
import { dateTicks } from "@/lib/date-ticks";

const at = (iso: string) => Date.parse(iso);

describe("dateTicks", () => {
  it("puts one tick on each day's first point, whatever the order", () => {
    expect(dateTicks([at("2026-11-02T15:00:00"), at("2026-11-01T12:00:00"), at("2026-11-01T09:00:00"), at("2026-11-02T10:00:00")])).toEqual([
      at("2026-11-01T09:00:00"),
      at("2026-11-02T10:00:00"),
    ]);
  });

  it("thins many days evenly, keeping the first and the last", () => {
    const days = Array.from({ length: 30 }, (_, i) => at(`2026-11-${String(i + 1).padStart(2, "0")}T12:00:00`));
    const ticks = dateTicks(days, 4);
    expect(ticks).toHaveLength(4);
    expect([ticks[0], ticks[3]]).toEqual([days[0], days[29]]);
  });

  it("has no ticks without data", () => {
    expect(dateTicks([])).toEqual([]);
  });
});
