import type { NetworkQuery } from "@/gql/graphql";

export type NetworkData = NetworkQuery["network"];
export type NetworkNode = NetworkData["nodes"][number];
export type Relation = NetworkData["edges"][number]["relation"];

export const relations: { id: Relation; label: string; color: string }[] = [
  { id: "FOLLOWED_BY", label: "Follows the account", color: "#38bdf8" },
  { id: "FOLLOWS", label: "Followed by the account", color: "#f59e0b" },
  { id: "MUTUAL", label: "Mutual", color: "#22c55e" },
];

/**
 * Node colours (one per Louvain community): violets, pinks, slate and rose, so no node can be mistaken for one of
 * the relation colours the legend gives the edges.
 */
export const communityPalette = ["#8b7cf6", "#f472b6", "#c084fc", "#94a3b8", "#fb7185", "#e879f9", "#6366f1", "#d8b4fe"];

/** Why a small graph is small, in words, or null when there is nothing to explain. */
export function fewNodesNote(shown: number, trackedAccounts: number, minShared: number): string | null {
  if (shown === 0 || shown - trackedAccounts >= 10) return null;
  const reason =
    trackedAccounts < minShared
      ? `Only ${trackedAccounts} tracked ${trackedAccounts === 1 ? "account is" : "accounts are"} shown, and a person appears only when ${minShared} of them share that person.`
      : `Few people are shared by at least ${minShared} of the tracked accounts.`;
  return `${reason} The graph shows the tracked accounts and the people related to at least “shared by” of them. Lower “shared by” to 1 to see everyone around one account, or track and crawl more accounts.`;
}

/** The edges whose relation is shown, and the nodes they touch (tracked accounts always stay). */
export function visibleGraph(network: NetworkData, shown: Set<Relation>) {
  const edges = network.edges.filter((e) => shown.has(e.relation));
  const touched = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = network.nodes.filter((n) => n.isTrackedAccount || touched.has(n.id));
  return { nodes, edges };
}

/** Node size grows with the square root of degree, within readable bounds. */
export function nodeSize(node: Pick<NetworkNode, "degree" | "isTrackedAccount">) {
  return node.isTrackedAccount ? 14 : Math.min(12, 3 + Math.sqrt(node.degree) * 2);
}
