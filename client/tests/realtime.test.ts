import { describe, expect, it, vi } from "vitest";
import { webSocketUrl } from "@/lib/graphql/realtime";
import { createFallbackSubscriber, type Payload, type Sink, type SubscribeClient } from "@/lib/graphql/subscribe-with-fallback";

/** A fake transport that records subscriptions and lets the test drive their sinks. */
function fakeTransport() {
  const sinks: Sink<unknown>[] = [];
  const disposed = vi.fn();
  const client: SubscribeClient = {
    subscribe: <Result,>(_payload: Payload, sink: Sink<Result>) => {
      sinks.push(sink as Sink<unknown>);
      return disposed;
    },
  };
  return { client, sinks, disposed };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const payload = { query: "subscription { crawlEvents { crawlId } }" };

function setup(neverConnected = true) {
  const ws = fakeTransport();
  const sse = fakeTransport();
  const subscribe = createFallbackSubscriber({
    primary: async () => ws.client,
    fallback: async () => sse.client,
    neverConnected: () => neverConnected,
  });
  const sink = { next: vi.fn(), error: vi.fn(), complete: vi.fn() };
  return { ws, sse, subscribe, sink };
}

describe("subscriptions with a fallback transport", () => {
  it("use the WebSocket while it works", async () => {
    const { ws, sse, subscribe, sink } = setup();
    subscribe(payload, sink);
    await flush();
    ws.sinks[0].next({ data: 1 });
    ws.sinks[0].complete();
    expect(sink.next).toHaveBeenCalledWith({ data: 1 });
    expect(sink.complete).toHaveBeenCalledOnce();
    expect(sse.sinks).toHaveLength(0);
  });

  it("switch to server-sent events when the socket never connects, and stay there", async () => {
    const { ws, sse, subscribe, sink } = setup();
    subscribe(payload, sink);
    await flush();
    ws.sinks[0].error(new Event("close"));
    await flush();
    expect(sink.error).not.toHaveBeenCalled();
    sse.sinks[0].next({ data: 2 });
    expect(sink.next).toHaveBeenCalledWith({ data: 2 });

    subscribe(payload, sink);
    await flush();
    expect(ws.sinks).toHaveLength(1);
    expect(sse.sinks).toHaveLength(2);
  });

  it("report errors of a socket that had connected instead of switching", async () => {
    const { ws, sse, subscribe, sink } = setup(false);
    subscribe(payload, sink);
    await flush();
    const errors = [{ message: "Unknown crawl" }];
    ws.sinks[0].error(errors);
    expect(sink.error).toHaveBeenCalledWith(errors);
    expect(sse.sinks).toHaveLength(0);
  });

  it("stop delivering once unsubscribed, even before the transport loaded", async () => {
    const { ws, subscribe, sink } = setup();
    const unsubscribe = subscribe(payload, sink);
    unsubscribe();
    await flush();
    expect(ws.sinks).toHaveLength(0);

    const second = subscribe(payload, sink);
    await flush();
    second();
    ws.sinks[0].next({ data: 3 });
    expect(sink.next).not.toHaveBeenCalled();
    expect(ws.disposed).toHaveBeenCalledOnce();
  });
});

describe("webSocketUrl", () => {
  it("follows the page's scheme and host", () => {
    expect(webSocketUrl({ protocol: "http:", host: "localhost:8000" })).toBe("ws://localhost:8000/graphql");
    expect(webSocketUrl({ protocol: "https:", host: "intel.example.com" })).toBe("wss://intel.example.com/graphql");
  });
});
