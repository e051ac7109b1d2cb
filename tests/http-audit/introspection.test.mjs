// Introspection as today's IDEs and codegen send it: graphql-js's query with every option on, answered in full,
// and the schema it describes equal to schema/schema.graphql.
// Usage: GRAPHQL_URL=http://localhost:8123/graphql npm test
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

const url = process.env.GRAPHQL_URL;
if (!url) throw new Error('GRAPHQL_URL is not set: point it at the GraphQL endpoint of a running server.');

const everyOption = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

async function introspect(options) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: getIntrospectionQuery(options) }),
  });
  return { status: response.status, body: await response.json() };
}

const sorted = (schema) => printSchema(lexicographicSortSchema(schema));

test('the introspection query with every graphql-js option on is answered without errors', async () => {
  const { status, body } = await introspect(everyOption);
  assert.equal(status, 200, JSON.stringify(body.errors));
  assert.equal(body.errors, undefined);
  const directives = body.data.__schema.directives;
  assert.ok(directives.every((d) => typeof d.isRepeatable === 'boolean'), 'every directive says whether it repeats');
  assert.ok(body.data.__schema.types.every((t) => 'specifiedByURL' in t), 'every type answers specifiedByURL');
});

test('the answer builds a client schema equal to schema/schema.graphql', async () => {
  const { body } = await introspect(everyOption);
  const served = buildClientSchema(body.data);
  const checkedIn = buildSchema(await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
  assert.equal(sorted(served), sorted(checkedIn));
});

test('deprecated arguments and input fields are listed with their reason when asked for', async () => {
  const { body } = await introspect(everyOption);
  const inputs = body.data.__schema.types.filter((t) => t.kind === 'INPUT_OBJECT');
  const deprecated = inputs.flatMap((t) => t.inputFields.filter((f) => f.isDeprecated).map((f) => `${t.name}.${f.name}`));
  assert.ok(deprecated.length > 0, 'the schema deprecates input fields (e.g. the lastScrapedAt filter), so some must show');
  const withoutReason = inputs.flatMap((t) => t.inputFields.filter((f) => f.isDeprecated && !f.deprecationReason));
  assert.deepEqual(withoutReason, []);
});
