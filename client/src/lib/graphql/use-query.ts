"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TypedDocumentString } from "@/gql/graphql";
import { errorMessage, request } from "./request";

export type QueryState<Result> = {
  data: Result | undefined;
  error: string | undefined;
  loading: boolean;
  refetch: () => void;
};

/** Runs a query when its variables change; keeps the previous data while reloading. */
export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { skip?: boolean; pollMs?: number } = {},
): QueryState<Result> {
  const [data, setData] = useState<Result>();
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(!options.skip);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(variables);
  const variablesRef = useRef(variables);
  variablesRef.current = variables;

  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setLoading(true);
    request(document, variablesRef.current, controller.signal)
      .then((result) => {
        setData(result);
        setError(undefined);
      })
      .catch((e) => controller.signal.aborted || setError(errorMessage(e)))
      .finally(() => controller.signal.aborted || setLoading(false));
    return () => controller.abort();
  }, [document, key, version, options.skip]);

  useEffect(() => {
    if (!options.pollMs || options.skip) return;
    const timer = setInterval(() => setVersion((v) => v + 1), options.pollMs);
    return () => clearInterval(timer);
  }, [options.pollMs, options.skip]);

  const refetch = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, refetch };
}
