import type { Pairing } from "../shared/state";
import { sleep } from "./sleep";

/** InstaIntel answered 401: the token was revoked (or never known). The companion stops and waits to be paired again. */
export class TokenRefused extends Error {
  constructor() {
    super("InstaIntel refused this browser's token (revoked in Settings → API tokens?). Pair the browser again.");
  }
}

/** A typed error from a mutation's `errors` list. */
export type PayloadError = { __typename: string; message: string };

/** The error of a payload's first typed error, or null. */
export function firstError(payload: { errors?: PayloadError[] | null } | null | undefined): PayloadError | null {
  return payload?.errors?.[0] ?? null;
}

/** Times InstaIntel's per-token rate limit (HTTP 429) is waited out before an operation gives up. */
const rateLimitWaits = 3;

/** One GraphQL operation over HTTP with the companion's bearer token. */
export async function graphql<T>(server: Pairing, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  for (let waits = 0; ; waits++) {
    response = await fetch(`${server.origin}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query, variables }),
    });
    if (response.status !== 429 || waits === rateLimitWaits) break;
    await sleep(1_000 * (Number(response.headers.get("retry-after")) || 60));
  }
  if (response.status === 401) throw new TokenRefused();
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
  if (!body) throw new Error(`InstaIntel answered HTTP ${response.status} with no GraphQL result.`);
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

export type PairAnswer = { token: string; tokenId: string; name: string };

/** Trades a one-time pairing code for a token of this browser's own (`POST /companion/pair`). */
export async function pair(origin: string, code: string, name: string): Promise<PairAnswer> {
  const response = await fetch(`${origin}/companion/pair`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code, name }),
  });
  const body = (await response.json().catch(() => null)) as (PairAnswer & { message?: string }) | null;
  if (response.ok && body?.token) return body;
  if (response.status === 429) throw new Error("Too many wrong codes: wait a few minutes, then try again.");
  throw new Error(body?.message ?? `InstaIntel answered HTTP ${response.status}.`);
}
