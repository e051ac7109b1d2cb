import { describe, expect, it } from "vitest";
import { describeServerPacing, pacingInput, sliderStep } from "@/features/settings/pacing-values";

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

describe("describeServerPacing", () => {
  it("names every ceiling and the random wait", () => {
    expect(describeServerPacing({ requestsPerMinute: 15, requestsPerHour: 600, dailyCap: 2000, jitterSeconds: 2.5 })).toBe(
      "15 requests a minute, 600 an hour and 2,000 a day, each after a random wait of up to 2.5 s",
    );
  });

  it("leaves the wait out when there is none", () => {
    expect(describeServerPacing({ requestsPerMinute: 6, requestsPerHour: 390, dailyCap: 2000, jitterSeconds: 0 })).toBe(
      "6 requests a minute, 390 an hour and 2,000 a day",
    );
  });
});
