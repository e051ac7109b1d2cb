import { graphql } from "@/gql";

export const AccountCountsQuery = graphql(`
  query AccountCounts($username: String!, $from: DateTime, $every: CountInterval!) {
    account(username: $username) {
      id
      trackingLevel
      counts(from: $from, every: $every) {
        at
        followers
        following
        posts
      }
      week: growth(days: 7) {
        absolute
        percent
      }
      month: growth(days: 30) {
        absolute
        percent
      }
      projection(days: 30) {
        days
        at
        followers
        low
        high
        slopePerDay
      }
      daysUntilProjection
      profileEvents(first: 100) {
        at
        kind
        before
        after
      }
    }
  }
`);

export const RankingsQuery = graphql(`
  query Rankings($by: RankBy!, $first: Int!) {
    rankings(by: $by, first: $first) {
      rank
      followers
      gain7d
      gain30d
      growthPct30d
      account {
        id
        username
        fullName
        profilePicUrl
        trackingLevel
      }
    }
  }
`);

export const SetTrackingLevelMutation = graphql(`
  mutation SetTrackingLevel($input: SetTrackingLevelInput!) {
    setTrackingLevel(input: $input) {
      account {
        id
        trackingLevel
      }
      errors {
        ...ErrorMessage
      }
    }
  }
`);

export const ImportCountsMutation = graphql(`
  mutation ImportCounts($input: ImportCountsInput!) {
    importCounts(input: $input) {
      imported
      errors {
        ...ErrorMessage
      }
    }
  }
`);

export const WatchAccountMutation = graphql(`
  mutation WatchAccount($input: AddAccountInput!) {
    addAccount(input: $input) {
      account {
        id
        username
      }
      errors {
        ...ErrorMessage
      }
    }
  }
`);
