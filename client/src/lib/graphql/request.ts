import type { TypedDocumentString } from "@/gql/graphql";

export const GRAPHQL_URL = "/graphql";

export class GraphQLRequestError extends Error {}

type Response<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };

/**
 * The body of a request: by hash alone when codegen gave the document one (the API knows the client's operations
 * from client/persisted-operations.json); as a plain document when `withDocument` (the API did not know the hash,
 * e.g. a server built from other sources).
 */
export function requestBody(document: { toString(): string; __meta__?: Record<string, unknown> }, variables: unknown, withDocument: boolean) {
  const hash = document.__meta__?.hash;
  if (withDocument || typeof hash !== "string") return { query: document.toString(), variables: variables ?? {} };
  return { variables: variables ?? {}, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
}

export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables?: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  let { response, body } = await post<Result>(requestBody(document, variables, false), signal);
  if (body.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND"))
    ({ response, body } = await post<Result>(requestBody(document, variables, true), signal));
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join("\n"));
  if (!body.data) throw new GraphQLRequestError(`The API answered ${response.status} without data.`);
  return body.data;
}

async function post<Result>(payload: unknown, signal?: AbortSignal) {
  let response: globalThis.Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify(payload),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new GraphQLRequestError("Cannot reach the InstaIntel API. Is it running?");
  }
  let body: Response<Result>;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} ${response.statusText || ""}`.trim());
  }
  return { response, body };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
