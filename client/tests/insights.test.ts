import { describe, expect, it } from "vitest";
import { isSearchShortcut } from "@/features/dashboard/search-shortcut";
import { spokeData, spokeHref } from "@/features/insights/spokes";
import { nodeSize, visibleGraph, type NetworkData } from "@/features/network/graph-data";

describe("follow-back spokes", () => {
  const data = spokeData({ fans: 5, notFollowingBack: 3, mutuals: 2, newFollowers: 1, lostFollowers: 4 });

  it("keep the served numbers in a fixed order", () => {
    expect(data.map((s) => [s.key, s.value])).toEqual([["fans", 5], ["notFollowingBack", 3], ["mutuals", 2], ["newFollowers", 1], ["lostFollowers", 4]]);
  });

  it("link each spoke to its filtered list", () => {
    expect(data.map((s) => spokeHref("a.b", s))).toEqual([
      "/accounts/view/?u=a.b&tab=fans",
      "/accounts/view/?u=a.b&tab=notFollowingBack",
      "/accounts/view/?u=a.b&tab=mutuals",
      "/accounts/view/?u=a.b&tab=followers&show=new",
      "/accounts/view/?u=a.b&tab=followers&show=lost",
    ]);
  });
});

describe("network graph data", () => {
  const node = (id: string, isTrackedAccount: boolean, degree = 1) => ({ id, isTrackedAccount, username: id, fullName: "", isVerified: false, degree });
  const network = {
    totalNodeCount: 4,
    totalEdgeCount: 3,
    truncated: false,
    nodes: [node("A", true, 2), node("p1", false), node("p2", false), node("p3", false)],
    edges: [
      { source: "A", target: "p1", relation: "MUTUAL" },
      { source: "A", target: "p2", relation: "FOLLOWS" },
    ],
  } as NetworkData;

  it("hides relations that are filtered out and the profiles left without an edge, never tracked accounts", () => {
    const { nodes, edges } = visibleGraph(network, new Set(["MUTUAL"]));
    expect(nodes.map((n) => n.id)).toEqual(["A", "p1"]);
    expect(edges).toHaveLength(1);
  });

  it("sizes nodes by degree within bounds", () => {
    expect(nodeSize({ degree: 1, isTrackedAccount: false })).toBe(5);
    expect(nodeSize({ degree: 400, isTrackedAccount: false })).toBe(12);
    expect(nodeSize({ degree: 0, isTrackedAccount: true })).toBe(14);
  });
});

describe("search shortcut", () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it("is / outside text fields and Ctrl+K or ⌘K anywhere", () => {
    expect(isSearchShortcut(key("/"), false)).toBe(true);
    expect(isSearchShortcut(key("/"), true)).toBe(false);
    expect(isSearchShortcut(key("k", { ctrlKey: true }), true)).toBe(true);
    expect(isSearchShortcut(key("K", { metaKey: true }), false)).toBe(true);
    expect(isSearchShortcut(key("k"), false)).toBe(false);
  });
});
