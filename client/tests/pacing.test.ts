import { describe, expect, it } from "vitest";
import { pacingInput, sliderStep } from "@/features/settings/pacing-values";

const ceilings = { requestsPerMinute: 6, requestsPerHour: 390, dailyCap: 2000 };

describe("pacingInput", () => {
  it("sends a value below its ceiling as the session's own", () => {
    expect(pacingInput("s1", { requestsPerMinute: 3, requestsPerHour: 120, dailyCap: 500 }, ceilings)).toEqual({
      id: "s1",
      requestsPerMinute: 3,
      requestsPerHour: 120,
      dailyCap: 500,
    });
  });

  it("sends a value at its ceiling as null, so the session follows the server's setting", () => {
    expect(pacingInput("s1", { requestsPerMinute: 6, requestsPerHour: 390, dailyCap: 1000 }, ceilings)).toEqual({
      id: "s1",
      requestsPerMinute: null,
      requestsPerHour: null,
      dailyCap: 1000,
    });
  });

  it("never sends less than one", () => {
    expect(pacingInput("s1", { requestsPerMinute: 0, requestsPerHour: 390, dailyCap: 2000 }, ceilings).requestsPerMinute).toBe(1);
  });
});

describe("sliderStep", () => {
  it("gives about a hundred stops whatever the ceiling", () => {
    expect(sliderStep(6)).toBe(1);
    expect(sliderStep(2000)).toBe(20);
  });
});
