import type { ChangeKind, FollowList } from "@/gql/graphql";

/** One step of a person's story in words: "Followed since the first crawl", "Stopped following", "Followed again". */
export function describeStep(list: FollowList, kind: ChangeKind, earlierSteps: number): string {
  const followers = list === "FOLLOWERS";
  if (kind === "BASELINE") return followers ? "Already followed at the first crawl" : "Already followed by the account at the first crawl";
  if (kind === "LOST") return followers ? "Stopped following" : "The account stopped following them";
  const again = earlierSteps > 0 ? " again" : "";
  return followers ? `Started following${again}` : `The account started following them${again}`;
}

/**
 * Since when a relation holds, as the owner's data download dates it: "Follows you since Mar 2024" (FOLLOWERS) or
 * "You follow them since Mar 2024" (FOLLOWING). Only the archive's owner has such dates, so "you" is that account.
 */
export function describeSince(list: FollowList, at: string): string {
  const month = new Date(at).toLocaleDateString("en-US", { month: "short", year: "numeric", timeZone: "UTC" });
  return list === "FOLLOWERS" ? `Follows you since ${month}` : `You follow them since ${month}`;
}
