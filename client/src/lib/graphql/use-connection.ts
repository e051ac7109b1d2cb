"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TypedDocumentString } from "@/gql/graphql";
import { errorMessage, request } from "./request";

export type Page<Node> = {
  nodes?: Node[] | null;
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

export type ConnectionState<Node> = {
  nodes: Node[];
  totalCount: number | undefined;
  hasNextPage: boolean;
  loading: boolean;
  /** The first page is reloading for new variables; `nodes` still holds the previous list. */
  refreshing: boolean;
  error: string | undefined;
  loadMore: () => void;
  reload: () => void;
};

/**
 * Cursor paging for infinite scroll: the first page loads when the variables change, `loadMore` appends the next.
 * `select` picks the connection out of the query's result (null when the parent is missing).
 */
export function useConnection<Result, Variables extends { after?: string | null }, Node>(
  document: TypedDocumentString<Result, Variables>,
  variables: Omit<Variables, "after">,
  select: (result: Result) => Page<Node> | null | undefined,
): ConnectionState<Node> {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [totalCount, setTotalCount] = useState<number>();
  const [endCursor, setEndCursor] = useState<string | null>(null);
  const [hasNextPage, setHasNextPage] = useState(false);
  const [loading, setLoading] = useState(true);
  const [refreshing, setRefreshing] = useState(true);
  const [error, setError] = useState<string>();
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables);
  const latest = useRef({ variables, select, loading: true, generation: 0 });
  latest.current.variables = variables;
  latest.current.select = select;

  const fetchPage = useCallback(
    async (after: string | null, replace: boolean, signal?: AbortSignal) => {
      const { variables, select, generation } = latest.current;
      // A page that answers after the variables changed belongs to the old list.
      const stale = () => signal?.aborted || generation !== latest.current.generation;
      latest.current.loading = true;
      setLoading(true);
      if (replace) setRefreshing(true);
      try {
        const result = await request(document, { ...variables, after } as Variables, signal);
        if (stale()) return;
        const page = select(result);
        setNodes((previous) => (replace ? (page?.nodes ?? []) : [...previous, ...(page?.nodes ?? [])]));
        setTotalCount(page?.totalCount ?? 0);
        setEndCursor(page?.pageInfo.endCursor ?? null);
        setHasNextPage(page?.pageInfo.hasNextPage ?? false);
        setError(undefined);
      } catch (e) {
        if (!stale()) setError(errorMessage(e));
      } finally {
        if (!stale()) {
          latest.current.loading = false;
          setLoading(false);
          setRefreshing(false);
        }
      }
    },
    [document],
  );

  useEffect(() => {
    const controller = new AbortController();
    latest.current.generation += 1;
    void fetchPage(null, true, controller.signal);
    return () => controller.abort();
  }, [fetchPage, key, generation]);

  const loadMore = useCallback(() => {
    if (latest.current.loading || !hasNextPage) return;
    void fetchPage(endCursor, false);
  }, [fetchPage, hasNextPage, endCursor]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { nodes, totalCount, hasNextPage, loading, refreshing, error, loadMore, reload };
}
