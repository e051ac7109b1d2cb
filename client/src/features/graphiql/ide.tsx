"use client";
import { createGraphiQLFetcher, type Fetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { parse } from "graphql";
import { createClient } from "graphql-ws";
import "graphiql/style.css";
import { GRAPHQL_URL } from "@/lib/graphql/request";
import { webSocketUrl } from "@/lib/graphql/realtime";
import { useAccessibleGraphiQL } from "./accessible-graphiql";

const EXAMPLE = `# Queries and mutations run over HTTP; subscriptions over the WebSocket on the same /graphql.
{
  dashboard {
    trackedAccounts
  }
  accounts(first: 10) {
    nodes { username followerCount lastCrawledAt }
  }
}
`;

const toolkitFetcher = createGraphiQLFetcher({
  url: new URL(GRAPHQL_URL, window.location.origin).toString(),
  wsClient: createClient({ url: webSocketUrl(window.location), lazy: true }),
});

/**
 * The toolkit picks the WebSocket for subscriptions from the editor's parsed document, which lags a run started right
 * after the text changed (a paste, then Ctrl+Enter) and sends the subscription over HTTP; parse what is being run.
 */
const fetcher: Fetcher = (params, options) => {
  let documentAST = options?.documentAST;
  try {
    documentAST = parse(params.query);
  } catch {
    // the server reports the syntax error
  }
  return toolkitFetcher(params, { ...options, documentAST });
};

export default function Ide() {
  useAccessibleGraphiQL();
  return <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} />;
}
