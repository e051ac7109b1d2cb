import { graphql } from "@/gql";

/** Who the account is and when it was last crawled: the accounts table's row and the account page's header. */
export const AccountHeaderFragment = graphql(`
  fragment AccountHeader on Account {
    id
    username
    fullName
    profilePicUrl
    isVerified
    isPrivate
    lastCrawledAt
  }
`);

export const AccountRowFragment = graphql(`
  fragment AccountRow on Account {
    ...AccountHeader
    followerCount
    followingCount
    bookmarked
    timeline {
      followerCount
    }
    trackingLevel
    recent: counts(from: $countsFrom, every: DAY) {
      followers
    }
    week: growth(days: 7) {
      absolute
      percent
    }
  }
`);

export const AccountListQuery = graphql(`
  query AccountList($first: Int!, $after: String, $where: AccountFilterInput, $order: [AccountSortInput!], $countsFrom: DateTime) {
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
        ...ErrorMessage
      }
    }
  }
`);

export const DeleteAccountMutation = graphql(`
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      deletedAccountId
      errors {
        ...ErrorMessage
      }
    }
  }
`);
