// The companion's background: keeps the graphql-sse feed of browser crawls open while paired, reads the crawls it
// offers one at a time, answers the popup, and shows progress on the toolbar badge.
import { browserName } from "../shared/pairing-text";
import { ext } from "../shared/browser-api";
import type { Reply, Request } from "../shared/messages";
import * as state from "../shared/state";
import { showOnBadge } from "./badge";
import { watchCrawls } from "./crawl-feed";
import { firstError, graphql, pair, TokenRefused, type PayloadError } from "./instaintel";
import * as ops from "./operations";
import { Work } from "./work";

let closeFeed: (() => void) | null = null;
let keepAlive: ReturnType<typeof setInterval> | null = null;

const work = new Work(() => void tokenRefused());

function disconnect(): void {
  closeFeed?.();
  closeFeed = null;
  if (keepAlive) clearInterval(keepAlive);
  keepAlive = null;
}

async function connect(): Promise<void> {
  disconnect();
  const server = await state.pairing();
  if (!server) return;
  closeFeed = watchCrawls(server, { offer: (id) => work.offer(id), ended: (id) => work.ended(id), refused: () => void tokenRefused() });
  // A service worker is ended after 30 s without extension events, and the open stream would go with it. A local
  // extension call now and then keeps it alive; it asks nothing of InstaIntel or Instagram.
  keepAlive = setInterval(() => void ext.runtime.getPlatformInfo(), 20_000);
}

/** The token was revoked: stop everything, forget it, and say so until the browser is paired again. */
async function tokenRefused(): Promise<void> {
  disconnect();
  work.stopAll();
  await state.forgetPairing();
  await state.saveActivity({ state: "token-refused", message: new TokenRefused().message });
}

async function stopCurrent(): Promise<void> {
  const now = await state.activity();
  const crawlId = work.currentId ?? ("crawlId" in now ? now.crawlId : null);
  const server = await state.pairing();
  if (!crawlId || !server) return;
  work.ended(crawlId);
  const { cancelCrawl } = await graphql<{ cancelCrawl: { errors: PayloadError[] | null } }>(server, ops.cancelCrawl, { crawlId });
  const error = firstError(cancelCrawl);
  await state.saveActivity({ state: "stopped", crawlId, target: "target" in now ? now.target : "", message: error?.message ?? "Stopped from the companion: nothing of this crawl counts." });
}

async function startCrawl(username: string): Promise<void> {
  const server = await state.pairing();
  if (!server) throw new Error("Pair this browser with InstaIntel first.");
  type Started = { startCrawl: { crawl: { id: string } | null; errors: PayloadError[] | null } };
  const { startCrawl } = await graphql<Started>(server, ops.startBrowserCrawl, { target: username });
  const error = firstError(startCrawl);
  if (error) throw new Error(error.message);
  if (startCrawl.crawl) work.offer(startCrawl.crawl.id);
}

async function handle(request: Request): Promise<void> {
  switch (request.type) {
    case "pair": {
      const answer = await pair(request.origin, request.code, request.name || browserName(navigator.userAgent));
      await state.savePairing({ origin: request.origin, token: answer.token, tokenId: answer.tokenId, name: answer.name });
      await state.saveActivity({ state: "idle" });
      await connect();
      return;
    }
    case "unpair": {
      const server = await state.pairing();
      disconnect();
      work.stopAll();
      await state.forgetPairing();
      if (server) await ext.permissions.remove({ origins: [`${server.origin}/*`] });
      return;
    }
    case "pause":
      return state.savePaused(true);
    case "resume":
      return state.savePaused(false);
    case "stop":
      return stopCurrent();
    case "crawl":
      return startCrawl(request.username);
  }
}

ext.runtime.onMessage.addListener((request: Request, _sender, reply: (answer: Reply) => void) => {
  handle(request).then(
    () => reply({ ok: true }),
    (error: unknown) => {
      if (error instanceof TokenRefused) void tokenRefused();
      reply({ error: error instanceof Error ? error.message : String(error) });
    },
  );
  return true; // the reply comes later
});

// Listening is what makes the browser start this worker when it starts (or installs the companion): the worker then
// reconnects at once and goes on with a crawl it was reading when the browser closed.
ext.runtime.onStartup.addListener(() => {});
ext.runtime.onInstalled.addListener(() => {});

state.onChange(["activity"], async () => showOnBadge(await state.activity()));
void state.activity().then(showOnBadge);
void connect();
