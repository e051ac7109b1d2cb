import type { TypedDocumentString } from "@/gql/graphql";
import { GRAPHQL_URL, requestBody } from "./request";
import { createFallbackSubscriber, type Payload, type Sink, type SubscribeClient } from "./subscribe-with-fallback";

/** `ws://host/graphql` or `wss://host/graphql` for the page's own origin. */
export function webSocketUrl(location: Pick<Location, "protocol" | "host">): string {
  return `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}${GRAPHQL_URL}`;
}

// How long a socket may stay open without the server's connection_ack: a proxy that accepts the upgrade but passes
// nothing through then counts as a socket that could not connect.
const ACK_TIMEOUT_MS = 5000;

let webSocketConnected = false;
let webSocketClient: Promise<SubscribeClient> | undefined;
let sseClient: Promise<SubscribeClient> | undefined;

// Both transports load on first use, so pages without live data do not carry them.
function webSocket(): Promise<SubscribeClient> {
  webSocketClient ??= import("graphql-ws").then(({ createClient }) =>
    createClient({
      url: webSocketUrl(window.location),
      lazy: true,
      connectionAckWaitTimeout: ACK_TIMEOUT_MS,
      // Reconnect a socket that once worked; one that never connected is handed to the fallback at once.
      shouldRetry: () => webSocketConnected,
      on: { connected: () => (webSocketConnected = true) },
    }),
  ) as Promise<SubscribeClient>;
  return webSocketClient;
}

function serverSentEvents(): Promise<SubscribeClient> {
  sseClient ??= import("graphql-sse").then(({ createClient }) =>
    createClient({ url: new URL(GRAPHQL_URL, window.location.origin).toString() }),
  ) as Promise<SubscribeClient>;
  return sseClient;
}

const subscribeOverAnyTransport = createFallbackSubscriber({
  primary: webSocket,
  fallback: serverSentEvents,
  neverConnected: () => !webSocketConnected,
});

type ExecutionResult<Result> = { data?: Result | null; errors?: readonly { message: string }[] };

/**
 * Runs a typed subscription over graphql-transport-ws, or over graphql-sse when WebSockets cannot connect.
 * `onData` gets each result's data; GraphQL errors and transport failures go to `onError`. Returns unsubscribe.
 */
export function subscribe<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  handlers: { onData: (data: Result) => void; onError: (message: string) => void; onComplete?: () => void },
): () => void {
  const sink: Sink<ExecutionResult<Result>> = {
    next: ({ data, errors }) => {
      if (errors?.length) handlers.onError(errors.map((e) => e.message).join("\n"));
      else if (data) handlers.onData(data);
    },
    error: (error) => handlers.onError(transportMessage(error)),
    complete: () => handlers.onComplete?.(),
  };
  // Subscriptions carry their document: a socket or stream has no request to resend when a hash is unknown.
  return subscribeOverAnyTransport(requestBody(document, variables, true) as Payload, sink);
}

function transportMessage(error: unknown): string {
  if (Array.isArray(error)) return error.map((e) => e?.message ?? String(e)).join("\n");
  if (error instanceof Error) return error.message;
  return "Lost the live connection to the API.";
}
