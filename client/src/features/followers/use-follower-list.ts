"use client";
import { useMemo } from "react";
import type { FollowerFilterInput, FollowerSortInput } from "@/gql/graphql";
import { useConnection } from "@/lib/graphql/use-connection";
import { followerTabs, type FollowerTab } from "./filters";
import { FollowerListQuery } from "./operations";

const PAGE_SIZE = 200;

export function useFollowerList(username: string, tab: FollowerTab, where: FollowerFilterInput | null, order: FollowerSortInput[]) {
  const variables = useMemo(
    () => ({
      username,
      first: PAGE_SIZE,
      where,
      order,
      ...(Object.fromEntries(followerTabs.map(({ id }) => [id, id === tab])) as Record<FollowerTab, boolean>),
    }),
    [username, tab, where, order],
  );
  return useConnection(FollowerListQuery, variables, (result) => result.account?.[tab]);
}
