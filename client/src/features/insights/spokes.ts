import { followersViewHref } from "@/features/followers/href";

export type FollowBackCounts = { fans: number; notFollowingBack: number; mutuals: number; newFollowers: number; lostFollowers: number };

export type Spoke = { key: keyof FollowBackCounts; label: string; tab: string; show?: "new" | "lost" };

/** The follow-back chart's spokes, each with the filtered list it opens; the labels are the follower tabs' own (filters.ts). */
export const spokes: Spoke[] = [
  { key: "fans", label: "Fans", tab: "fans" },
  { key: "notFollowingBack", label: "Not following back", tab: "notFollowingBack" },
  { key: "mutuals", label: "Mutuals", tab: "mutuals" },
  { key: "newFollowers", label: "New", tab: "followers", show: "new" },
  { key: "lostFollowers", label: "Lost", tab: "followers", show: "lost" },
];

export function spokeHref(username: string, spoke: Spoke) {
  return followersViewHref(username, spoke.tab, spoke.show);
}

export function spokeData(followBack: FollowBackCounts) {
  return spokes.map((spoke) => ({ ...spoke, value: followBack[spoke.key] }));
}
