import { graphql } from "@/gql";

export const ProgressCountsFragment = graphql(`
  fragment ProgressCounts on CrawlProgress {
    fetched
    expected
    percent
    rate
    etaSeconds
  }
`);

export const CrawlFieldsFragment = graphql(`
  fragment CrawlFields on Crawl {
    id
    target
    status
    active
    lists
    source
    createdAt
    startedAt
    finishedAt
    resumesAt
    error
    progress {
      ...ProgressCounts
    }
    followersNew
    followersLost
    followingNew
    followingLost
    followersTotal
    followingTotal
    method
    completeness
  }
`);

export const CrawlByIdQuery = graphql(`
  query CrawlById($id: ID!) {
    crawl(id: $id) {
      ...CrawlFields
    }
  }
`);

export const CrawlHistoryQuery = graphql(`
  query CrawlHistory($first: Int!, $after: String) {
    crawls(first: $first, after: $after, order: [{ createdAt: DESC }]) {
      totalCount
      nodes {
        ...CrawlFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StartCrawlMutation = graphql(`
  mutation StartCrawl($input: StartCrawlInput!) {
    startCrawl(input: $input) {
      crawl {
        ...CrawlFields
      }
      errors {
        __typename
        ...ErrorMessage
        ... on CrawlAlreadyRunningError {
          crawl {
            ...CrawlFields
          }
        }
      }
    }
  }
`);

export const CancelCrawlMutation = graphql(`
  mutation CancelCrawl($input: CancelCrawlInput!) {
    cancelCrawl(input: $input) {
      crawl {
        ...CrawlFields
      }
      errors {
        __typename
        ...ErrorMessage
      }
    }
  }
`);

export const ResumeBrowserCrawlMutation = graphql(`
  mutation ResumeBrowserCrawl($input: ResumeBrowserCrawlInput!) {
    resumeBrowserCrawl(input: $input) {
      crawl {
        ...CrawlFields
      }
      errors {
        __typename
        ...ErrorMessage
      }
    }
  }
`);

export const CrawlProgressSubscription = graphql(`
  subscription CrawlProgress($crawlId: ID!) {
    crawlProgress(crawlId: $crawlId) {
      crawlId
      status
      active
      ...ProgressCounts
      resumesAt
      error
    }
  }
`);

export const CrawlEventsSubscription = graphql(`
  subscription CrawlEvents {
    crawlEvents {
      crawlId
      target
      status
      at
      error
    }
  }
`);

/** An account's newest crawl attempt, whatever its outcome: the account page shows a failed one with Retry. */
export const LatestCrawlFragment = graphql(`
  fragment LatestCrawl on Account {
    latestCrawl: crawls(first: 1, order: [{ createdAt: DESC }]) {
      nodes {
        ...CrawlFields
      }
    }
  }
`);
