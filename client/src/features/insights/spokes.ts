import { followersViewHref } from "@/features/followers/href";

export type FollowBackCounts = { fans: number; notFollowingBack: number; mutuals: number; newFollowers: number; lostFollowers: number };

export type Spoke = { key: keyof FollowBackCounts; label: string; short: string; tab: string; show?: "new" | "lost" };

/** The follow-back chart's spokes, each with the filtered list it opens. */
export const spokes: Spoke[] = [
  { key: "fans", label: "Not followed back", short: "Fans", tab: "fans" },
  { key: "notFollowingBack", label: "Not following back", short: "Not back", tab: "notFollowingBack" },
  { key: "mutuals", label: "Mutuals", short: "Mutuals", tab: "mutuals" },
  { key: "newFollowers", label: "New", short: "New", tab: "followers", show: "new" },
  { key: "lostFollowers", label: "Lost", short: "Lost", tab: "followers", show: "lost" },
];

export function spokeHref(username: string, spoke: Spoke) {
  return followersViewHref(username, spoke.tab, spoke.show);
}

export function spokeData(followBack: FollowBackCounts) {
  return spokes.map((spoke) => ({ ...spoke, value: followBack[spoke.key] }));
}
