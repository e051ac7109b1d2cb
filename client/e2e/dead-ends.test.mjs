// Where a newcomer used to get stuck, at 1280 px and at 375 px with touch: a failed crawl shows its reason and a Retry
// on the Crawls page and the account page (not "last crawl never"), and an address the client lacks answers a
// not-found page with status 404 and a way home.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { graphqlFromTest, simulatorFaults } from "./crawl.mjs";
import { laptopAndPhone, productForSuite } from "./product.mjs";

for (const { name, context } of laptopAndPhone) {
  describe(`dead ends at ${name}`, { concurrency: false }, () => {
    const started = productForSuite({ context });

    const simulator = (method, body) => simulatorFaults(started.product.url, method, body);

    const graphql = (query, variables) => graphqlFromTest(started.product.url, query, variables);

    /** Waits for the newest crawl of `target` to reach `status`; its error text. */
    async function newestCrawlEnds(target, status) {
      const query = "query($u: String!) { account(username: $u) { crawls(first: 1, order: [{ createdAt: DESC }]) { nodes { status error } } } }";
      for (const deadline = Date.now() + 90_000; Date.now() < deadline; ) {
        const [crawl] = (await graphql(query, { u: target })).account.crawls.nodes;
        if (crawl?.status === status) return crawl.error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.fail(`the newest crawl of ${target} did not end ${status}`);
    }

    /** A crawl of `target` that Instagram answers "not found" to, left FAILED; its reason. */
    async function failedCrawl(target) {
      await simulator("POST", { kind: "NotFound", match: target, count: 50 });
      await graphql("mutation($t: String!) { startCrawl(input: { target: $t }) { crawl { id } } }", { t: target });
      const reason = await newestCrawlEnds(target, "FAILED");
      await simulator("DELETE");
      return reason;
    }

    test("the account page shows the failed attempt, its reason and a Retry that starts the same crawl", async () => {
      const reason = await failedCrawl("demo_small");
      await started.page.goto("/accounts/view/?u=demo_small");
      const header = started.page.getByRole("heading", { name: "@demo_small" });
      await header.waitFor();
      await started.page.getByText(/last attempt .*: failed/).waitFor();
      assert.equal(await started.page.getByText("last crawl never").count(), 0);
      const notice = started.page.getByTestId("latest-crawl");
      await notice.getByText(reason, { exact: false }).waitFor();
      await notice.getByRole("button", { name: "Retry crawl" }).click();
      await notice.waitFor({ state: "detached" });
      await started.page.getByText(/last attempt .*: (queued|running)|last crawl just now/).waitFor();
      await newestCrawlEnds("demo_small", "SUCCEEDED");
      await started.page.reload();
      await started.page.getByText("last crawl just now").waitFor();
    });

    test("the Crawls page offers Retry on an account's newest failed crawl, and it starts the same crawl", async () => {
      const reason = await failedCrawl("demo_small");
      await started.page.goto("/crawls/");
      const newest = started.page.getByRole("list", { name: "Crawls" }).getByRole("listitem").first();
      await newest.getByText("Failed", { exact: true }).waitFor();
      await newest.getByText(reason, { exact: false }).waitFor();
      await newest.getByRole("button", { name: "Retry crawl" }).click();
      const retried = started.page.getByRole("list", { name: "Crawls" }).getByRole("listitem").first();
      await retried.getByText("Succeeded", { exact: true }).waitFor({ timeout: 90_000 });
      await retried.getByRole("link", { name: "@demo_small" }).waitFor();
      assert.equal(await started.page.getByRole("button", { name: "Retry crawl" }).count(), 0, "older failures of the account offer no Retry");
    });

    for (const path of ["/nope/", "/accounts/nope/"]) {
      test(`${path} answers a not-found page with 404 and a way home`, async () => {
        const response = await started.page.goto(path);
        assert.equal(response.status(), 404);
        await started.page.getByRole("heading", { name: "Page not found" }).waitFor();
        await started.page.getByRole("link", { name: "Go to the dashboard" }).click();
        await started.page.waitForURL((url) => url.pathname === "/");
      });
    }
  });
}
