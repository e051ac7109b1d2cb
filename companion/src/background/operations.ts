// The GraphQL operations the companion sends to InstaIntel (see docs/api.md, "Browser companion").

const errors = "errors { __typename ... on Error { message } }";

export const crawlEvents = "subscription { crawlEvents { crawlId status crawl { id source target lists resumesAt } } }";

export const openBrowserCrawls = `query {
  crawls(where: { source: { eq: BROWSER }, status: { in: [QUEUED, RUNNING, PAUSED_RATE_LIMITED] } }) { nodes { id target status resumesAt } }
}`;

export const claimBrowserCrawl = `mutation($crawlId: ID!) {
  claimBrowserCrawl(input: { crawlId: $crawlId }) {
    crawl { id target status }
    plan { targetPk pageSize lists { list cursor fetched done } }
    ${errors}
  }
}`;

export const submitBrowserPage = `mutation($input: SubmitBrowserPageInput!) {
  submitBrowserPage(input: $input) { progress { crawlId status fetched expected percent } ${errors} }
}`;

export const reportBrowserStop = `mutation($crawlId: ID!, $signal: BrowserStopSignal!, $detail: String) {
  reportBrowserStop(input: { crawlId: $crawlId, signal: $signal, detail: $detail }) { ${errors} }
}`;

export const cancelCrawl = `mutation($crawlId: ID!) { cancelCrawl(input: { crawlId: $crawlId }) { ${errors} } }`;

export const startBrowserCrawl = `mutation($target: String!) {
  startCrawl(input: { target: $target, inBrowser: true }) { crawl { id target } ${errors} }
}`;
