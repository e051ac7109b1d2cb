// GraphQL-over-HTTP conformance: runs graphql-http's server audits against a live server.
// Usage: GRAPHQL_URL=http://localhost:8123/graphql npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAudits } from 'graphql-http';

const SHOULD_PASS_RATIO = 0.9;

const url = process.env.GRAPHQL_URL;
if (!url) {
  throw new Error(
    'GRAPHQL_URL is not set: point it at the GraphQL endpoint of a running server, ' +
      'e.g. GRAPHQL_URL=http://localhost:8123/graphql npm test',
  );
}
new URL(url); // fail once on a malformed URL instead of in every audit

const audits = serverAudits({ url, fetchFn: fetch });
const results = new Map(); // audit id -> result

for (const audit of audits) {
  test(`${audit.id} ${audit.name}`, { timeout: 15_000 }, async (t) => {
    const result = await audit.fn(); // throws only on fatal problems, e.g. the server is unreachable
    results.set(audit.id, result);
    if (result.status === 'ok') return;

    // status is 'error' for MUST, 'warn' for SHOULD, 'notice' for MAY: only MUSTs fail on their own.
    assert.notEqual(result.status, 'error', result.reason);
    t.diagnostic(`${audit.id} ${result.status}: ${result.reason}`);
  });
}

test(`at least ${SHOULD_PASS_RATIO * 100}% of SHOULD audits pass`, (t) => {
  const should = audits.filter((a) => a.name.startsWith('SHOULD'));
  assert.ok(should.length > 0, 'graphql-http returned no SHOULD audits');
  // An audit with no result threw or timed out; that counts as failed.
  const failed = should
    .map((a) => results.get(a.id) ?? { ...a, reason: 'no result: the audit threw or timed out' })
    .filter((r) => r.status !== 'ok');
  const passed = should.length - failed.length;
  const summary = [
    `${passed}/${should.length} SHOULD audits passed`,
    ...failed.map((r) => `${r.id} ${r.name}: ${r.reason}`),
  ];
  for (const line of summary) t.diagnostic(line);
  assert.ok(passed / should.length >= SHOULD_PASS_RATIO, summary.join('\n'));
});
