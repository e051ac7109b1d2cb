import type { TypedDocumentString } from "@/gql/graphql";

export const GRAPHQL_URL = "/graphql";

export class GraphQLRequestError extends Error {}

type Response<T> = { data?: T | null; errors?: { message: string }[] };

/** POSTs one typed operation to the API and returns its data, or throws with the API's own message. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables?: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  let response: globalThis.Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
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
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join("\n"));
  if (!body.data) throw new GraphQLRequestError(`The API answered ${response.status} without data.`);
  return body.data;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
