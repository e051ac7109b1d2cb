// nginx/nginx.conf in front of the live API (tests/deployment/serve-nginx runs it with Debian's nginx): what a browser and the
// npm graphql-ws / graphql-sse clients see through the proxy.
// Usage: BASE_URL=http://127.0.0.1:8080 PASSPHRASE=… npm test  (nginx's address; the API behind it in demo mode, with that passphrase)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';
import http from 'node:http';

const base = process.env.BASE_URL;
const passphrase = process.env.PASSPHRASE;
if (!base || !passphrase) throw new Error('BASE_URL (the address nginx listens on) and PASSPHRASE (set on the API) are needed');
const graphql = `${base}/graphql`;

// Behind the proxy every client is remote, so each one unlocks first; the cookie then rides on every request.
let cookie = '';
const fetch = (url, init = {}) => globalThis.fetch(url, { ...init, headers: { ...init.headers, ...(cookie && { cookie }) } });

test('a client behind the proxy is not trusted: the unlock page and 401 until it gives the passphrase', async () => {
  const page = await globalThis.fetch(`${base}/accounts/`, { headers: { accept: 'text/html' } });
  assert.match(await page.text(), /passphrase/i, 'pages go through the API, which shows the unlock page');
  assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  const locked = await globalThis.fetch(graphql, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  assert.equal(locked.status, 401);
  const unlock = await globalThis.fetch(`${base}/unlock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ passphrase }) });
  assert.equal(unlock.status, 204);
  cookie = unlock.headers.get('set-cookie').split(';')[0];
  assert.ok(cookie.includes('='), 'the unlock answer sets a cookie');
});

test('a page on a name rebound to this machine (DNS rebinding) stays a remote client through the proxy', async () => {
  // fetch() will not send a Host of the caller's choosing; a browser does, for a name the attacker points at us.
  const host = `rebind.attacker.example:${new URL(base).port}`;
  const body = '{"query":"mutation { logOut { connected } }"}';
  const headers = { host, origin: `http://${host}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  const status = await new Promise((resolve, reject) => {
    const request = http.request(graphql, { method: 'POST', headers }, (response) => { response.resume(); resolve(response.statusCode); });
    request.on('error', reject);
    request.end(body);
  });
  assert.equal(status, 401);
});

async function post(query, variables) {
  const response = await fetch(graphql, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

test('an address the client does not have answers its not-found page with 404 and a way home', async () => {
  for (const path of ['/nope/', '/accounts/nope/', '/no/such/route/']) {
    const page = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 404, path);
    const html = await page.text();
    assert.match(html, /Page not found/, path);
    assert.match(html, /href="\/"/, `${path} links home`);
  }
});

test('a page load: HTML revalidated every time, hashed scripts cached for a year and gzipped', async () => {
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  const html = await page.text();
  const scripts = [...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]);
  assert.ok(scripts.length > 0, 'the page loads scripts from /_next/static');
  for (const src of new Set(scripts)) {
    const script = await fetch(base + src, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(script.status, 200, src);
    assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable', src);
    assert.match(script.headers.get('content-type'), /javascript/, src);
    if (Number(script.headers.get('content-length') ?? 2048) > 1024 || script.headers.get('content-encoding'))
      assert.equal(script.headers.get('content-encoding'), 'gzip', src);
    await script.arrayBuffer();
  }
});

test('routes resolve as the static export lays them out, like the API serves them', async () => {
  for (const path of ['/accounts/', '/crawls/', '/settings/', '/accounts/view/?u=demo_small']) {
    const response = await fetch(base + path);
    assert.equal(response.status, 200, path);
    assert.match(await response.text(), /<html/, path);
  }
  const bare = await fetch(`${base}/accounts`, { redirect: 'manual' });
  assert.equal(bare.status, 301);
  assert.equal(new URL(bare.headers.get('location'), base).href, `${base}/accounts/`, 'the redirect keeps the address and port the client used');
  const missingAsset = await fetch(`${base}/_next/static/chunks/missing.js`);
  assert.equal(missingAsset.status, 404, 'a missing hashed asset is a 404, never the HTML shell');
});

test('a GraphQL query over POST and GET, health and the GraphiQL page reach the API', async () => {
  const data = await post('{ dashboard { trackedAccounts } }');
  assert.equal(typeof data.dashboard.trackedAccounts, 'number');
  const get = await fetch(`${graphql}?query=${encodeURIComponent('{ dashboard { trackedAccounts } }')}`, { headers: { accept: 'application/json' } });
  assert.equal(get.status, 200);
  assert.equal(typeof (await get.json()).data.dashboard.trackedAccounts, 'number');
  // A browser page served through the proxy posts with the proxy's own Origin: the API must see it as same-origin.
  const sameOrigin = await fetch(graphql, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: '{"query":"{ __typename }"}' });
  assert.equal(sameOrigin.status, 200, 'the Host header reaches the API with its port');
  const health = await fetch(`${base}/healthz`);
  assert.equal(health.status, 200);
  assert.equal(await health.text(), 'Healthy');
  const ide = await fetch(graphql, { headers: { accept: 'text/html' } });
  assert.equal(ide.status, 200);
  assert.match(await ide.text(), /GraphiQL/);
});

test('graphql-ws (WebSocket upgrade) and graphql-sse (unbuffered stream) both follow a crawl through nginx', async () => {
  const WebSocketWithCookie = class extends WebSocket {
    constructor(url, protocols) { super(url, protocols, { headers: { cookie } }); }
  };
  const ws = createWsClient({ url: graphql.replace(/^http/, 'ws'), webSocketImpl: WebSocketWithCookie, retryAttempts: 0 });
  const sse = createSseClient({ url: graphql, headers: { cookie } });
  try {
    const started = await post('mutation { startCrawl(input: { target: "demo_small" }) { crawl { id } } }');
    const id = started.startCrawl.crawl.id;
    const query = 'subscription($id: ID!) { crawlProgress(crawlId: $id) { state fetched percent } }';
    const follow = (client) => new Promise((resolve, reject) => {
      const arrivals = [];
      client.subscribe({ query, variables: { id } }, {
        next: (value) => arrivals.push({ at: Date.now(), progress: value.data?.crawlProgress, errors: value.errors }),
        error: reject,
        complete: () => resolve(arrivals),
      });
    });
    const [overWs, overSse] = await Promise.all([follow(ws), follow(sse)]);
    for (const [name, arrivals] of [['graphql-ws', overWs], ['graphql-sse', overSse]]) {
      assert.ok(arrivals.length >= 3, `${name}: several progress messages, got ${arrivals.length}`);
      assert.ok(arrivals.every((a) => a.errors === undefined), `${name}: ${JSON.stringify(arrivals.find((a) => a.errors))}`);
      assert.equal(arrivals.at(-1).progress.state, 'SUCCEEDED', name);
      assert.equal(arrivals.at(-1).progress.percent, 100, name);
      // Streamed as they happen: a buffering proxy would deliver them all at the end, at the same moment.
      assert.ok(arrivals.at(-1).at - arrivals[0].at > 250, `${name}: messages arrived spread over the crawl, not in one burst`);
    }
  } finally {
    await ws.dispose();
  }
});

test('an SSE response is passed through as a stream: event-stream type, no gzip', async () => {
  const response = await fetch(`${graphql}?query=${encodeURIComponent('subscription { nope }')}`, {
    headers: { accept: 'text/event-stream', 'accept-encoding': 'gzip' },
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^text\/event-stream/);
  assert.equal(response.headers.get('content-encoding'), null);
  const body = await response.text();
  assert.match(body, /event: next/);
  assert.match(body, /event: complete/);
});
