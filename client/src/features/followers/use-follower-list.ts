"use client";
import { useMemo } from "react";
import { useConnection } from "@/lib/graphql/use-connection";
import { followerOrder, followerTabs, followerWhere, type FollowerFilters, type FollowerSort, type FollowerTab } from "./filters";
import { FollowerListQuery } from "./operations";

const PAGE_SIZE = 200;

export function useFollowerList(username: string, tab: FollowerTab, filters: FollowerFilters, sort: FollowerSort) {
  const variables = useMemo(
    () => ({
      username,
      first: PAGE_SIZE,
      where: followerWhere(filters),
      order: followerOrder(sort),
      ...(Object.fromEntries(followerTabs.map(({ id }) => [id, id === tab])) as Record<FollowerTab, boolean>),
    }),
    [username, tab, filters, sort],
  );
  return useConnection(FollowerListQuery, variables, (result) => result.account?.[tab]);
}
