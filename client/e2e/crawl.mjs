// Crawls a demo account through the GraphQL API from the page's own origin and waits for it to succeed.
import assert from "node:assert/strict";

export async function crawl(page, target, { timeoutMs = 90_000 } = {}) {
  const status = await page.evaluate(
    async ({ target, timeoutMs }) => {
      const post = async (query, variables) => {
        const response = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()).data;
      };
      const started = await post(
        "mutation($t: String!) { startCrawl(input: { target: $t, followers: true, following: true }) { crawl { id } errors { __typename } } }",
        { t: target },
      );
      const id = started.startCrawl.crawl?.id;
      if (!id) return `not started: ${JSON.stringify(started.startCrawl.errors)}`;
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const { crawl } = await post("query($id: ID!) { crawl(id: $id) { status } }", { id });
        if (!["QUEUED", "RUNNING"].includes(crawl.status)) return crawl.status;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      return "timed out";
    },
    { target, timeoutMs },
  );
  assert.equal(status, "SUCCEEDED", `the crawl of @${target}`);
}

/** A GraphQL request from the test process itself to the product at `url`; fails the test on any error. */
export async function graphqlFromTest(url, query, variables) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** The first follower of a crawled account as the API lists them: `{ pk, username }`, e.g. for the person page. */
export async function firstFollower(url, username) {
  const data = await graphqlFromTest(url, "query($u: String!) { account(username: $u) { followers(first: 1) { nodes { pk username } } } }", { u: username });
  return data.account.followers.nodes[0];
}

/** The same from the test process itself, for set-up before any page is open: the product's base URL and a target. */
export async function crawlFromTest(url, target, { timeoutMs = 120_000 } = {}) {
  const graphql = (query, variables) => graphqlFromTest(url, query, variables);
  const started = await graphql("mutation($t: String!) { startCrawl(input: { target: $t }) { crawl { id } errors { __typename } } }", { t: target });
  const id = started.startCrawl.crawl?.id;
  assert.ok(id, `${target}: not started: ${JSON.stringify(started.startCrawl.errors)}`);
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const { crawl } = await graphql("query($id: ID!) { crawl(id: $id) { status error } }", { id });
    if (crawl.status === "SUCCEEDED") return;
    assert.ok(!["FAILED", "CANCELLED"].includes(crawl.status), `${target}: ${crawl.status} ${crawl.error}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail(`${target} did not finish`);
}

/** Demo mode puts the simulator on the API's port + 1; its admin endpoint injects (POST) or clears (DELETE) what Instagram would answer. */
export async function simulatorFaults(productUrl, method, body) {
  const url = new URL(productUrl);
  url.port = String(Number(url.port) + 1);
  const response = await fetch(new URL("/__simulator/faults", url), {
    method,
    headers: { "content-type": "application/json" },
    body: body && JSON.stringify(body),
  });
  assert.equal(response.status, 204);
}
