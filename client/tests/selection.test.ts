import { describe, expect, test } from "vitest";
import { dayRange } from "@/features/history/range";
import { profileViewHref } from "@/features/profiles/href";
import { describeSince, describeStep } from "@/features/profiles/story";
import { toCsv, toggleSelection } from "@/features/selection/selection";

const keys = [10, 11, 12, 13, 14];

describe("toggleSelection", () => {
  test("a plain click toggles one row", () => {
    expect([...toggleSelection(new Set<number>(), keys, 2, null, false)]).toEqual([12]);
    expect([...toggleSelection(new Set([12]), keys, 2, 2, false)]).toEqual([]);
  });

  test("a shift-click selects every row from the previous click, in either direction", () => {
    expect([...toggleSelection(new Set([11]), keys, 3, 1, true)].sort()).toEqual([11, 12, 13]);
    expect([...toggleSelection(new Set([13]), keys, 0, 3, true)].sort()).toEqual([10, 11, 12, 13]);
  });

  test("a shift-click on a selected row clears the range; without an anchor it is a plain click", () => {
    expect([...toggleSelection(new Set(keys), keys, 1, 3, true)].sort()).toEqual([10, 14]);
    expect([...toggleSelection(new Set<number>(), keys, 4, null, true)]).toEqual([14]);
  });
});

describe("toCsv", () => {
  test("quotes fields with commas, quotes and line breaks, and defuses formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["plain", null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\nplain,\r\n');
  });

  test.each([
    ["=", "=1+1"],
    ["+", "+1"],
    ["-", "-2+3"],
    ["@", "@SUM(A1)"],
    ["tab", "\t=1+1"],
    ["CR", "\r=1+1"],
  ])("a text cell starting with %s gets an apostrophe and quotes, as the server's export writes it", (_, text) => {
    expect(toCsv(["a"], [[text]])).toBe(`a\r\n"'${text}"\r\n`);
  });

  test("numbers are not text: a negative number stays a number", () => {
    expect(toCsv(["n"], [[-5]])).toBe("n\r\n-5\r\n");
  });
});

describe("dayRange", () => {
  test("covers whole days in UTC and ignores what is not a date", () => {
    expect(dayRange("2026-11-01", "2026-11-03")).toEqual({ from: "2026-11-01T00:00:00.000Z", to: "2026-11-03T23:59:59.999Z" });
    expect(dayRange("", "nope")).toEqual({ from: null, to: null });
  });
});

describe("describeStep", () => {
  test("tells the baseline, a departure and a return apart", () => {
    expect(describeStep("FOLLOWERS", "BASELINE", 0)).toBe("Already followed at the first crawl");
    expect(describeStep("FOLLOWERS", "LOST", 1)).toBe("Stopped following");
    expect(describeStep("FOLLOWERS", "NEW", 2)).toBe("Started following again");
    expect(describeStep("FOLLOWING", "NEW", 0)).toBe("The account started following them");
  });
});

describe("people from an archive", () => {
  test("someone with no Instagram id yet is opened by username", () => {
    expect(profileViewHref(-3, "ada.archive")).toBe("/profiles/view/?u=ada.archive");
    expect(profileViewHref(4201, "ada.archive")).toBe("/profiles/view/?pk=4201");
  });

  test("since when is told by month, in UTC, for each direction", () => {
    expect(describeSince("FOLLOWERS", "2024-03-31T23:30:00Z")).toBe("Follows you since Mar 2024");
    expect(describeSince("FOLLOWING", "2024-04-01T00:30:00Z")).toBe("You follow them since Apr 2024");
  });
});

import { communityPalette, fewNodesNote, relations } from "@/features/network/graph-data";

describe("network colours and notes", () => {
  test("no community colour is a relation colour", () => {
    const relationColours = new Set(relations.map((r) => r.color.toLowerCase()));
    expect(communityPalette.filter((c) => relationColours.has(c.toLowerCase()))).toEqual([]);
  });

  test("a graph of few nodes is explained; a full one is not", () => {
    expect(fewNodesNote(1, 1, 2)).toMatch(/Only 1 tracked account is shown/);
    expect(fewNodesNote(5, 3, 2)).toMatch(/Few people are shared by at least 2/);
    expect(fewNodesNote(40, 3, 2)).toBeNull();
  });
});
