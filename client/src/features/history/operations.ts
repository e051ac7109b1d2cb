import { graphql } from "@/gql";

export const ChangeHistoryQuery = graphql(`
  query ChangeHistory(
    $username: String!
    $list: FollowList!
    $kind: ChangeKind
    $from: DateTime
    $to: DateTime
    $where: FollowerChangeFilterInput
    $first: Int!
    $after: String
  ) {
    account(username: $username) {
      id
      changes(list: $list, kind: $kind, from: $from, to: $to, where: $where, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          at
          reviewed
          pk
          username
          fullName
          profilePicUrl
          profileUrl
        }
      }
    }
  }
`);

export const MarkChangesReviewedMutation = graphql(`
  mutation MarkChangesReviewed($input: MarkChangesReviewedInput!) {
    markChangesReviewed(input: $input) {
      updatedCount
      errors {
        ... on AccountNotFoundError {
          message
        }
      }
    }
  }
`);

export const CompleteCrawlsQuery = graphql(`
  query CompleteCrawls($username: String!) {
    account(username: $username) {
      id
      crawls(first: 200, where: { status: { eq: SUCCEEDED } }, order: [{ createdAt: DESC }]) {
        nodes {
          id
          finishedAt
          lists
          followersTotal
          followingTotal
        }
      }
    }
  }
`);

export const CompareCrawlsQuery = graphql(`
  query CompareCrawls($username: String!, $from: ID!, $to: ID!, $list: FollowList!) {
    account(username: $username) {
      id
      compareCrawls(from: $from, to: $to, list: $list) {
        from {
          id
          finishedAt
        }
        to {
          id
          finishedAt
        }
        joined(first: 500) {
          totalCount
          nodes {
            pk
            username
            fullName
            profilePicUrl
          }
        }
        left(first: 500) {
          totalCount
          nodes {
            pk
            username
            fullName
            profilePicUrl
          }
        }
      }
    }
  }
`);
