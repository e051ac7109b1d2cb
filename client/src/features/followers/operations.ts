import { graphql } from "@/gql";

export const AccountOverviewQuery = graphql(`
  query AccountOverview($username: String!) {
    account(username: $username) {
      ...AccountHeader
      ...LatestCrawl
      followers {
        totalCount
      }
      following {
        totalCount
      }
      mutuals {
        totalCount
      }
      fans {
        totalCount
      }
      notFollowingBack {
        totalCount
      }
    }
  }
`);

export const FollowerRowFragment = graphql(`
  fragment FollowerRow on Follower {
    id
    pk
    username
    fullName
    profilePicUrl
    isVerified
    isPrivate
    firstSeenAt
    lostAt
    followedAt
    lostReason
    isNew
    isLost
  }
`);

export const LostReasonChecksQuery = graphql(`
  query LostReasonChecks($username: String!) {
    account(username: $username) {
      id
      checkLostReasons
    }
  }
`);

export const SetLostReasonChecksMutation = graphql(`
  mutation SetLostReasonChecks($input: SetLostReasonChecksInput!) {
    setLostReasonChecks(input: $input) {
      account {
        id
        checkLostReasons
      }
      errors {
        ...ErrorMessage
      }
    }
  }
`);

// One document for every tab: `@include` picks the list, so each tab shares the same typed variables.
export const FollowerListQuery = graphql(`
  query FollowerList(
    $username: String!
    $first: Int!
    $after: String
    $where: FollowerFilterInput
    $order: [FollowerSortInput!]
    $followers: Boolean!
    $following: Boolean!
    $mutuals: Boolean!
    $fans: Boolean!
    $notFollowingBack: Boolean!
  ) {
    account(username: $username) {
      id
      followers(first: $first, after: $after, where: $where, order: $order) @include(if: $followers) {
        totalCount
        nodes {
          ...FollowerRow
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      following(first: $first, after: $after, where: $where, order: $order) @include(if: $following) {
        totalCount
        nodes {
          ...FollowerRow
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      mutuals(first: $first, after: $after, where: $where, order: $order) @include(if: $mutuals) {
        totalCount
        nodes {
          ...FollowerRow
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      fans(first: $first, after: $after, where: $where, order: $order) @include(if: $fans) {
        totalCount
        nodes {
          ...FollowerRow
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      notFollowingBack(first: $first, after: $after, where: $where, order: $order) @include(if: $notFollowingBack) {
        totalCount
        nodes {
          ...FollowerRow
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const ExportUrlQuery = graphql(`
  query ExportUrl(
    $username: String!
    $view: FollowerView!
    $format: ExportFormat!
    $where: FollowerFilterInput
    $order: [FollowerSortInput!]
  ) {
    account(username: $username) {
      id
      exportUrl(view: $view, format: $format, where: $where, order: $order)
    }
  }
`);
