// InstaIntel's API in demo mode beside the simulator, serving the built client when there is one.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, startDotnet } from "./processes.mjs";

/** `args` go to the API as settings. */
export async function startInstaIntel(dir, simulatorUrl, args = []) {
  const client = join(repoRoot, "client/out");
  mkdirSync(join(dir, "data"), { recursive: true });
  const { urls, stop } = await startDotnet("api/bin/Release/net10.0/InstaIntel.Api.dll", [
    "--data", join(dir, "data"), "--urls", "http://127.0.0.1:0", "--Instagram:Demo=true", `--Instagram:SimulatorUrl=${simulatorUrl}`,
    ...(existsSync(join(client, "index.html")) ? ["--client", client] : []), ...args,
  ], join(dir, "api.log"));
  const url = urls[0];

  /** One GraphQL operation from loopback (trusted, as a local user is); throws on errors. */
  async function graphql(query, variables = {}) {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  return {
    url,
    stop,
    graphql,
    /** A one-time pairing code, as Settings → Browser companion shows it. */
    pairingCode: async () => (await graphql("mutation { createCompanionPairing { pairing { code expiresAt } } }")).createCompanionPairing.pairing.code,
    /** Queues a crawl for the browser, as the dashboard's "Crawl with my browser" does; returns its id. */
    startBrowserCrawl: async (target) => {
      const { startCrawl } = await graphql(
        "mutation($t: String!) { startCrawl(input: { target: $t, inBrowser: true }) { crawl { id source } errors { __typename ... on Error { message } } } }",
        { t: target },
      );
      if (startCrawl.errors) throw new Error(JSON.stringify(startCrawl.errors));
      return startCrawl.crawl.id;
    },
    crawl: async (id) =>
      (await graphql("query($id: ID!) { node(id: $id) { ... on Crawl { status source followersFetched followingFetched error } } }", { id })).node,
    /** The account's people in the latest complete crawl of `list`, as the JSON export has them. */
    exported: async (username, list) => {
      const response = await fetch(`${url}/exports/${username}/${list}.json`);
      if (!response.ok) throw new Error(`export of ${username}'s ${list}: HTTP ${response.status}`);
      return response.json();
    },
  };
}
