// Lists the followers an account lost, then follows its latest crawl over WebSocket until the crawl ends.
//   npm install graphql-request graphql-ws ws
//   INSTAINTEL_URL=http://box:8000 INSTAINTEL_TOKEN=ii_… node lost-followers.mjs USERNAME
import { GraphQLClient, gql } from "graphql-request";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const url = process.env.INSTAINTEL_URL ?? "http://localhost:8000";
const token = process.env.INSTAINTEL_TOKEN;
const username = process.argv[2];

const api = new GraphQLClient(`${url}/graphql`, { headers: { Authorization: `Bearer ${token}` } });
const { account } = await api.request(
  gql`
    query LostFollowers($username: String!) {
      account(username: $username) {
        followers(first: 100, where: { isLost: { eq: true } }, order: [{ lostAt: DESC }]) {
          totalCount
          nodes { username lostAt }
        }
        crawls(first: 1, order: [{ createdAt: DESC }]) { nodes { id } }
      }
    }
  `,
  { username },
);
if (!account) throw new Error(`${username} is not tracked`);
console.log(`${account.followers.totalCount} lost followers of ${username}`);
for (const person of account.followers.nodes) console.log(`  ${person.username} (lost ${person.lostAt})`);

const crawlId = account.crawls.nodes[0]?.id;
if (crawlId) {
  // Browsers cannot send headers on a WebSocket, so the token travels in connection_init.
  const live = createClient({ url: `${url.replace(/^http/, "ws")}/graphql`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` } });
  const progress = live.iterate({
    query: "subscription CrawlProgress($crawlId: ID!) { crawlProgress(crawlId: $crawlId) { status fetched expected } }",
    variables: { crawlId },
  });
  for await (const { data, errors } of progress) {
    if (errors) throw new Error(errors[0].message);
    const p = data.crawlProgress;
    console.log(`crawl ${p.status}: ${p.fetched} of ${p.expected ?? "?"} fetched`);
  }
  await live.dispose();
}
