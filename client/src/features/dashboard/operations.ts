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
  query Growth($days: Int!) {
    dashboard {
      topGrowth(days: $days, first: 5) {
        account {
          id
          username
        }
        baseline
        latest
        absolute
        percent
        points {
          at
          followerCount
        }
      }
    }
  }
`);

export const GlobalSearchQuery = graphql(`
  query GlobalSearch($text: String!) {
    search(text: $text, first: 8) {
      accounts {
        id
        username
        fullName
        profilePicUrl
        followerCount
      }
      profiles {
        id
        pk
        username
        fullName
        profilePicUrl
        isVerified
      }
    }
  }
`);
