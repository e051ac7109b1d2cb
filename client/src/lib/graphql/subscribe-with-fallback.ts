/** What a subscription delivers: each result, then an error or the end. */
export type Sink<Result> = {
  next: (value: Result) => void;
  error: (error: unknown) => void;
  complete: () => void;
};

export type Payload = { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> };

/** The part of a graphql-ws or graphql-sse client this app uses. */
export type SubscribeClient = {
  subscribe: <Result>(payload: Payload, sink: Sink<Result>) => () => void;
};

export type Transports = {
  primary: () => Promise<SubscribeClient>;
  fallback: () => Promise<SubscribeClient>;
  /** True when an error means the primary transport never connected (as opposed to an error in the operation). */
  neverConnected: (error: unknown) => boolean;
};

/**
 * Subscribes over the primary transport; when it cannot connect, switches to the fallback, for this subscription and
 * every later one (a proxy that drops WebSockets keeps dropping them). Returns the unsubscribe function.
 */
export function createFallbackSubscriber({ primary, fallback, neverConnected }: Transports) {
  let primaryUnavailable = false;

  return function subscribe<Result>(payload: Payload, sink: Sink<Result>): () => void {
    let stopped = false;
    let dispose = () => {};

    const start = async (useFallback: boolean) => {
      const client = await (useFallback ? fallback() : primary());
      if (stopped) return;
      dispose = client.subscribe<Result>(payload, {
        next: (value) => stopped || sink.next(value),
        complete: () => stopped || sink.complete(),
        error: (error) => {
          if (stopped) return;
          if (!useFallback && neverConnected(error)) {
            primaryUnavailable = true;
            void start(true).catch(sink.error);
          } else {
            sink.error(error);
          }
        },
      });
    };

    void start(primaryUnavailable).catch((error) => stopped || sink.error(error));
    return () => {
      stopped = true;
      dispose();
    };
  };
}
