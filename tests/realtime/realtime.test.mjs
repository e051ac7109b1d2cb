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

/** Every value a subscription sends until it completes. */
function collect(client, query, variables) {
  return new Promise((resolve, reject) => {
    const values = [];
    client.subscribe({ query, variables }, {
      next: (value) => values.push(value),
      error: reject,
      complete: () => resolve(values),
    });
  });
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
  const id = await startCrawl('demo_small');
  assertRanToCompletion(await collect(ws, PROGRESS, { id }));
});

test('graphql-sse: crawlProgress streams a crawl to completion', async () => {
  const id = await startCrawl('demo_small');
  // The second crawl of demo_small: a head-only refresh, one page of each list (the demo account is the app's: 200 a page).
  assertRanToCompletion(await collect(sse, PROGRESS, { id }), 400);
});

test('graphql-ws: crawlEvents reports every state change of a crawl', async () => {
  const seen = [];
  let done;
  const finished = new Promise((resolve) => { done = resolve; });
  const dispose = ws.subscribe({ query: 'subscription { crawlEvents { crawlId target status } }' }, {
    next: ({ data }) => { seen.push(data.crawlEvents); if (data.crawlEvents.status === 'SUCCEEDED') done(); },
    error: (e) => { throw e; },
    complete: () => {},
  });
  await new Promise((r) => setTimeout(r, 200)); // let the subscription register before the crawl starts
  const id = await startCrawl('demo_small');
  await finished;
  dispose();
  const states = seen.filter((e) => e.crawlId === id).map((e) => e.status);
  assert.deepEqual(states, ['QUEUED', 'RUNNING', 'SUCCEEDED']);
  assert.ok(seen.every((e) => e.target === 'demo_small'));
});

test('graphql-sse: a validation error arrives as a result, not a broken stream', async () => {
  const values = await collect(sse, 'subscription { nope }');
  assert.equal(values.length, 1);
  assert.match(values[0].errors[0].message, /nope/);
});

test.after(() => ws.dispose());
