import type { FollowerFilterInput, FollowerSortInput, FollowList, LostReason, SortEnumType } from "@/gql/graphql";
import { nameSearch } from "@/lib/search";

export const followerTabs = [
  { id: "followers", label: "Followers" },
  { id: "following", label: "Following" },
  { id: "mutuals", label: "Mutuals" },
  { id: "fans", label: "Fans" },
  { id: "notFollowingBack", label: "Not following back" },
] as const;

export type FollowerTab = (typeof followerTabs)[number]["id"];

export function isFollowerTab(value: string | null | undefined): value is FollowerTab {
  return followerTabs.some((tab) => tab.id === value);
}

/** The edges a tab's rows are: mutuals and fans are followers; not-following-back are people the account follows. */
export function listOfTab(tab: FollowerTab): FollowList {
  return tab === "following" || tab === "notFollowingBack" ? "FOLLOWING" : "FOLLOWERS";
}

export type Presence = "all" | "new" | "lost";

export type FollowerFilters = { search: string; presence: Presence; why?: LostReason | null };

/** Why someone left, as the lost view words it; null: not checked (yet, or checks are off). */
export const lostReasonLabels: Record<LostReason, string> = {
  UNFOLLOWED: "Unfollowed",
  DEACTIVATED: "Deactivated or deleted",
  BLOCKED: "Blocked your session's account",
  UNAVAILABLE: "Not visible: deactivated, deleted or blocked",
};

export function isLostReason(value: string | null | undefined): value is LostReason {
  return value != null && value in lostReasonLabels;
}

/** The `where:` input for a follower list: a name search and/or only new or only lost relations (and why they left). */
export function followerWhere({ search, presence, why }: FollowerFilters): FollowerFilterInput | null {
  const conditions: FollowerFilterInput[] = [];
  const names = nameSearch<FollowerFilterInput>(search);
  if (names) conditions.push({ or: names });
  if (presence === "new") conditions.push({ isNew: { eq: true } });
  if (presence === "lost") conditions.push({ isLost: { eq: true } });
  if (presence === "lost" && why) conditions.push({ lostReason: { eq: why } });
  if (conditions.length === 0) return null;
  return conditions.length === 1 ? conditions[0] : { and: conditions };
}

export type SortColumn = "username" | "fullName" | "firstSeenAt" | "lostAt";

export type FollowerSort = { column: SortColumn; direction: SortEnumType };

export const defaultFollowerSort: FollowerSort = { column: "firstSeenAt", direction: "DESC" };

export function followerOrder({ column, direction }: FollowerSort): FollowerSortInput[] {
  return [{ [column]: direction }];
}

/** Clicking a column sorts by it; clicking the sorted column again flips the direction. Dates start newest first. */
export function nextSort(current: FollowerSort, column: SortColumn): FollowerSort {
  if (current.column === column) return { column, direction: current.direction === "ASC" ? "DESC" : "ASC" };
  return { column, direction: column === "firstSeenAt" || column === "lostAt" ? "DESC" : "ASC" };
}
