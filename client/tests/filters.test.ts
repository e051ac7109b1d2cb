import { describe, expect, it } from "vitest";
import { followerOrder, followerWhere, nextSort } from "@/features/followers/filters";
import { accountWhere } from "@/features/accounts/sorting";

describe("followerWhere", () => {
  it("is null without filters", () => {
    expect(followerWhere({ search: "  ", presence: "all" })).toBeNull();
  });

  it("searches handles in lower case and names as typed and in Title Case", () => {
    expect(followerWhere({ search: "@Bo oak", presence: "all" })).toEqual({
      or: [{ username: { contains: "bo oak" } }, { fullName: { contains: "Bo oak" } }, { fullName: { contains: "Bo Oak" } }],
    });
  });

  it("does not repeat a name that is already in Title Case", () => {
    expect(followerWhere({ search: "Kai", presence: "all" })).toEqual({
      or: [{ username: { contains: "kai" } }, { fullName: { contains: "Kai" } }],
    });
  });

  it("filters only new or only lost relations", () => {
    expect(followerWhere({ search: "", presence: "new" })).toEqual({ isNew: { eq: true } });
    expect(followerWhere({ search: "", presence: "lost" })).toEqual({ isLost: { eq: true } });
  });

  it("combines a search with new or lost under and", () => {
    expect(followerWhere({ search: "kai", presence: "lost" })).toEqual({
      and: [{ or: [{ username: { contains: "kai" } }, { fullName: { contains: "kai" } }, { fullName: { contains: "Kai" } }] }, { isLost: { eq: true } }],
    });
  });
});

describe("sorting", () => {
  it("turns a column and direction into an order input", () => {
    expect(followerOrder({ column: "username", direction: "ASC" })).toEqual([{ username: "ASC" }]);
  });

  it("flips the sorted column and starts dates newest first", () => {
    expect(nextSort({ column: "username", direction: "ASC" }, "username")).toEqual({ column: "username", direction: "DESC" });
    expect(nextSort({ column: "username", direction: "ASC" }, "firstSeenAt")).toEqual({ column: "firstSeenAt", direction: "DESC" });
    expect(nextSort({ column: "firstSeenAt", direction: "DESC" }, "fullName")).toEqual({ column: "fullName", direction: "ASC" });
  });
});

describe("accountWhere", () => {
  it("matches handle or full name", () => {
    expect(accountWhere("demo")).toEqual({ or: [{ username: { contains: "demo" } }, { fullName: { contains: "demo" } }, { fullName: { contains: "Demo" } }] });
    expect(accountWhere("")).toBeNull();
  });
});
