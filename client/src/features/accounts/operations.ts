import { graphql } from "@/gql";

export const AccountRowFragment = graphql(`
  fragment AccountRow on Account {
    id
    username
    fullName
    profilePicUrl
    isVerified
    isPrivate
    followerCount
    followingCount
    bookmarked
    lastScrapedAt
    timeline {
      followerCount
    }
  }
`);

export const AccountListQuery = graphql(`
  query AccountList($first: Int!, $after: String, $where: AccountFilterInput, $order: [AccountSortInput!]) {
    accounts(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      nodes {
        ...AccountRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BookmarkAccountMutation = graphql(`
  mutation BookmarkAccount($input: BookmarkAccountInput!) {
    bookmarkAccount(input: $input) {
      account {
        id
        bookmarked
      }
      errors {
        ... on Error {
          message
        }
      }
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      deletedAccountId
      errors {
        ... on Error {
          message
        }
      }
    }
  }
`);
