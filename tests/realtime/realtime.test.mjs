// The npm graphql-ws and graphql-sse clients, used as any third-party tool would, against a live API in demo mode.
// Usage: GRAPHQL_URL=http://127.0.0.1:8000/graphql npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const url = process.env.GRAPHQL_URL;
if (!url) throw new Error('GRAPHQL_URL is not set, e.g. GRAPHQL_URL=http://127.0.0.1:8000/graphql npm test');

const ws = createWsClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
const sse = createSseClient({ url });

const PROGRESS = `subscription($id: ID!) { crawlProgress(crawlId: $id) { crawlId status fetched expected percent etaSeconds error } }`;

async function post(query, variables) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

async function startCrawl(target) {
  const data = await post(`mutation($t: String!) { startCrawl(input: { target: $t }) { crawl { id } errors { __typename ... on Error { message } } } }`, { t: target });
  assert.equal(data.startCrawl.errors, null, JSON.stringify(data.startCrawl.errors));
  return data.startCrawl.crawl.id;
}

const cancelCrawl = (id) => post(`mutation($id: ID!) { cancelCrawl(input: { crawlId: $id }) { crawl { status } } }`, { id });

/** The promise's value, or a failure after `ms`: a stream that never ends fails the test instead of hanging it. */
function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A subscription's values: `first` resolves with the first one (the server is listening), `all` with every one once it completes. */
function subscribe(client, query, variables) {
  const values = [];
  let first;
  const firstValue = new Promise((resolve) => { first = resolve; });
  const all = new Promise((resolve, reject) => {
    client.subscribe({ query, variables }, {
      next: (value) => { values.push(value); first(value); },
      error: reject,
      complete: () => resolve(values),
    });
  });
  return { first: within(firstValue, 30_000, 'first value'), all: within(all, 120_000, 'subscription end') };
}

/** Every value a subscription sends until it completes. */
const collect = (client, query, variables) => subscribe(client, query, variables).all;

/**
 * A crawl of `target` held in the queue behind a crawl of demo_large, which has the one demo session to itself
 * (one crawl at a time per session) until `release` cancels it.
 */
async function queuedBehindAnother(target) {
  const blocker = await startCrawl('demo_large');
  const id = await startCrawl(target);
  return { id, release: () => cancelCrawl(blocker) };
}

/** crawlProgress from before the crawl runs to its end: the first value is the queued state, sent once the server listens. */
async function progressFromTheStart(client, target) {
  const { id, release } = await queuedBehindAnother(target);
  const progress = subscribe(client, PROGRESS, { id });
  try {
    assert.equal((await progress.first).data.crawlProgress.status, 'QUEUED');
  } finally {
    await release(); // also when the test fails: the next test needs the session
  }
  return progress.all;
}

/** `fetched`: 2000 for demo_small's first crawl (1,200 + 800); a refresh within the week reads only the lists' heads. */
function assertRanToCompletion(values, fetched = 2000) {
  assert.ok(values.length >= 2, `expected several progress messages, got ${values.length}`);
  const progress = values.map((v) => { assert.equal(v.errors, undefined, JSON.stringify(v.errors)); return v.data.crawlProgress; });
  const last = progress.at(-1);
  assert.equal(last.status, 'SUCCEEDED', JSON.stringify(last));
  assert.equal(last.percent, 100);
  assert.equal(last.fetched, fetched);
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i].fetched >= progress[i - 1].fetched, 'progress never goes back');
}

test('graphql-ws: a query over the socket answers once and completes', async () => {
  const values = await collect(ws, '{ dashboard { trackedAccounts } }');
  assert.equal(values.length, 1);
  assert.equal(typeof values[0].data.dashboard.trackedAccounts, 'number');
});

test('graphql-ws: crawlProgress streams a crawl to completion', async () => {
  assertRanToCompletion(await progressFromTheStart(ws, 'demo_small'));
});

test('graphql-sse: crawlProgress streams a crawl to completion', async () => {
  // The second crawl of demo_small: a head-only refresh, one page of each list (the demo account is the app's: 200 a page).
  assertRanToCompletion(await progressFromTheStart(sse, 'demo_small'), 400);
});

test('graphql-ws: crawlEvents reports every state change of a crawl', async () => {
  const seen = [];
  const waiters = [];
  const dispose = ws.subscribe({ query: 'subscription { crawlEvents { crawlId target status } }' }, {
    next: ({ data }) => { seen.push(data.crawlEvents); for (const w of waiters) w(); },
    error: (e) => { throw e; },
    complete: () => {},
  });
  const states = (id) => seen.filter((e) => e.crawlId === id).map((e) => e.status);
  const until = (done, ms, what) => within(new Promise((resolve) => {
    const check = () => { if (done()) resolve(); };
    waiters.push(check);
    check();
  }), ms, what);

  // The subscription is live once it has seen a queued crawl's QUEUED; a crawl queued before that is cancelled and queued again.
  const blocker = await startCrawl('demo_large');
  let id;
  try {
    for (let attempt = 0; !id; attempt++) {
      assert.ok(attempt < 10, 'crawlEvents never reported a crawl being queued');
      const queued = await startCrawl('demo_small');
      try {
        await until(() => states(queued).includes('QUEUED'), 2_000, 'QUEUED');
        id = queued;
      } catch {
        await cancelCrawl(queued);
      }
    }
  } finally {
    await cancelCrawl(blocker);
  }
  await until(() => states(id).includes('SUCCEEDED'), 120_000, 'SUCCEEDED');
  dispose();
  assert.deepEqual(states(id), ['QUEUED', 'RUNNING', 'SUCCEEDED']);
  assert.ok(seen.filter((e) => e.crawlId === id).every((e) => e.target === 'demo_small'));
});

test('graphql-sse: a validation error arrives as a result, not a broken stream', async () => {
  const values = await collect(sse, 'subscription { nope }');
  assert.equal(values.length, 1);
  assert.match(values[0].errors[0].message, /nope/);
});

test.after(() => ws.dispose());
