// GraphiQL at /graphql, as a browser opens it: the page loads from the client build, runs a query over HTTP and a
// subscription over the WebSocket, and nothing comes from outside the product.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { openBrowser } from "./browser.mjs";
import { startProduct } from "./product.mjs";

let product;
let browser;
let page;
const outside = [];

before(async () => {
  product = await startProduct();
  browser = await openBrowser(product.url);
  page = await browser.context.newPage();
  page.setDefaultTimeout(30_000);
  page.on("requestfailed", (request) => outside.push(request.url()));
});

after(async () => {
  await browser?.close();
  await product?.stop();
});

/** Replaces the query editor's text, runs it and returns the result pane's text once it shows `expected`. */
async function run(query, expected) {
  await page.locator(".graphiql-query-editor .CodeMirror").first().waitFor();
  await page.evaluate((text) => document.querySelector(".graphiql-query-editor .CodeMirror").CodeMirror.setValue(text), query);
  await page.locator(".graphiql-execute-button").click();
  const result = page.locator(".result-window");
  await result.getByText(expected).first().waitFor();
  return result.innerText();
}

describe("GraphiQL", { concurrency: false }, () => {
  test("GET /graphql in a browser opens GraphiQL, which runs a query and shows the result", async () => {
    const response = await page.goto("/graphql");
    assert.equal(response.status(), 200);
    assert.match(response.headers()["content-type"], /^text\/html/);
    await page.locator(".graphiql-container").waitFor();
    const text = await run("{ dashboard { trackedAccounts } }", "trackedAccounts");
    assert.match(text, /"trackedAccounts": \d+/);
  });

  test("a subscription in GraphiQL runs over the WebSocket on /graphql", async () => {
    const started = await page.evaluate(async () => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: 'mutation { startCrawl(input: { target: "demo_small" }) { crawl { id } } }' }),
      });
      return (await response.json()).data.startCrawl.crawl.id;
    });
    const sockets = [];
    page.on("websocket", (socket) => sockets.push(new URL(socket.url()).pathname));
    // The subscription answers with the crawl's state at once, then follows it; its first message is enough here
    // (a crawl's full length depends on the machine's load).
    const text = await run(`subscription { crawlProgress(crawlId: "${started}") { state fetched } }`, '"crawlProgress"');
    assert.match(text, /"state": "(QUEUED|RUNNING|SUCCEEDED)"/);
    assert.deepEqual(sockets, ["/graphql"]);
  });

  test("nothing is fetched from outside the product (no CDN)", () => {
    assert.deepEqual(outside.filter((url) => new URL(url).host !== new URL(product.url).host), []);
  });
});
