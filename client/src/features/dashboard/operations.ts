import { graphql } from "@/gql";

export const DashboardQuery = graphql(`
  query Dashboard {
    dashboard {
      trackedAccounts
      totalProfiles
      totalEdges
      lastRunAt
    }
  }
`);

export const GrowthQuery = graphql(`
  query Growth {
    accounts(first: 100) {
      nodes {
        id
        username
        timeline {
          at
          followerCount
        }
      }
    }
  }
`);

export const SearchProfileFragment = graphql(`
  fragment SearchProfile on Follower {
    id
    username
    fullName
    profilePicUrl
    isVerified
  }
`);

// Profiles exist only as members of tracked accounts' lists, so profile search looks through those lists.
export const GlobalSearchQuery = graphql(`
  query GlobalSearch($accountWhere: AccountFilterInput!, $profileWhere: FollowerFilterInput!) {
    matches: accounts(first: 5, where: $accountWhere) {
      nodes {
        id
        username
        fullName
        profilePicUrl
        followerCount
      }
    }
    lists: accounts(first: 10, order: [{ lastScrapedAt: DESC }]) {
      nodes {
        username
        followers(first: 5, where: $profileWhere) {
          nodes {
            ...SearchProfile
          }
        }
        following(first: 5, where: $profileWhere) {
          nodes {
            ...SearchProfile
          }
        }
      }
    }
  }
`);
