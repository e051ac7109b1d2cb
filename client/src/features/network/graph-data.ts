import type { NetworkQuery } from "@/gql/graphql";

export type NetworkData = NetworkQuery["network"];
export type NetworkNode = NetworkData["nodes"][number];
export type Relation = NetworkData["edges"][number]["relation"];

export const relations: { id: Relation; label: string; color: string }[] = [
  { id: "FOLLOWED_BY", label: "Follows the account", color: "#38bdf8" },
  { id: "FOLLOWS", label: "Followed by the account", color: "#f59e0b" },
  { id: "MUTUAL", label: "Mutual", color: "#22c55e" },
];

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
