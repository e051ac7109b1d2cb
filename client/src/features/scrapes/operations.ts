import { graphql } from "@/gql";

export const ProgressCountsFragment = graphql(`
  fragment ProgressCounts on ScrapeProgress {
    fetched
    expected
    percent
    rate
    etaSeconds
  }
`);

export const ScrapeFieldsFragment = graphql(`
  fragment ScrapeFields on Scrape {
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

export const ScrapeByIdQuery = graphql(`
  query ScrapeById($id: ID!) {
    crawl(id: $id) {
      ...ScrapeFields
    }
  }
`);

export const ScrapeHistoryQuery = graphql(`
  query ScrapeHistory($first: Int!, $after: String) {
    crawls(first: $first, after: $after, order: [{ createdAt: DESC }]) {
      totalCount
      nodes {
        ...ScrapeFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StartScrapeMutation = graphql(`
  mutation StartScrape($input: StartCrawlInput!) {
    startCrawl(input: $input) {
      crawl {
        ...ScrapeFields
      }
      errors {
        __typename
        ...ErrorMessage
        ... on ScrapeAlreadyRunningError {
          crawl {
            ...ScrapeFields
          }
        }
      }
    }
  }
`);

export const CancelScrapeMutation = graphql(`
  mutation CancelScrape($input: CancelCrawlInput!) {
    cancelCrawl(input: $input) {
      crawl {
        ...ScrapeFields
      }
      errors {
        __typename
        ...ErrorMessage
      }
    }
  }
`);

export const ScrapeProgressSubscription = graphql(`
  subscription ScrapeProgress($crawlId: ID!) {
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

export const ScrapeEventsSubscription = graphql(`
  subscription ScrapeEvents {
    crawlEvents {
      crawlId
      target
      status
      at
      error
    }
  }
`);
