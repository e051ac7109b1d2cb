"use client";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { createClient } from "graphql-ws";
import "graphiql/style.css";
import { GRAPHQL_URL } from "@/lib/graphql/request";
import { webSocketUrl } from "@/lib/graphql/realtime";

const EXAMPLE = `# Queries and mutations run over HTTP; subscriptions over the WebSocket on the same /graphql.
{
  dashboard {
    trackedAccounts
  }
  accounts(first: 10) {
    nodes { username followerCount lastScrapedAt }
  }
}
`;

const fetcher = createGraphiQLFetcher({
  url: new URL(GRAPHQL_URL, window.location.origin).toString(),
  wsClient: createClient({ url: webSocketUrl(window.location), lazy: true }),
});

export default function Ide() {
  return <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />;
}
