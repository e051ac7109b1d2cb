import { graphql } from "@/gql";

export const ScrapeFieldsFragment = graphql(`
  fragment ScrapeFields on Scrape {
    id
    target
    status
    lists
    source
    createdAt
    startedAt
    finishedAt
    resumesAt
    error
    progress {
      fetched
      expected
      percent
      rate
      etaSeconds
    }
    followersNew
    followersLost
    followingNew
    followingLost
    followersTotal
    followingTotal
  }
`);

export const ScrapeByIdQuery = graphql(`
  query ScrapeById($id: ID!) {
    scrape(id: $id) {
      ...ScrapeFields
    }
  }
`);

export const ScrapeHistoryQuery = graphql(`
  query ScrapeHistory($first: Int!, $after: String) {
    scrapes(first: $first, after: $after, order: [{ createdAt: DESC }]) {
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
  mutation StartScrape($input: StartScrapeInput!) {
    startScrape(input: $input) {
      scrape {
        ...ScrapeFields
      }
      errors {
        __typename
        ... on Error {
          message
        }
        ... on ScrapeAlreadyRunningError {
          scrape {
            ...ScrapeFields
          }
        }
      }
    }
  }
`);

export const CancelScrapeMutation = graphql(`
  mutation CancelScrape($input: CancelScrapeInput!) {
    cancelScrape(input: $input) {
      scrape {
        ...ScrapeFields
      }
      errors {
        __typename
        ... on Error {
          message
        }
      }
    }
  }
`);

export const ScrapeProgressSubscription = graphql(`
  subscription ScrapeProgress($scrapeId: ID!) {
    scrapeProgress(scrapeId: $scrapeId) {
      scrapeId
      state
      fetched
      expected
      percent
      rate
      etaSeconds
      resumesAt
      error
    }
  }
`);

export const ScrapeEventsSubscription = graphql(`
  subscription ScrapeEvents {
    scrapeEvents {
      scrapeId
      target
      state
      at
      error
    }
  }
`);
