import { graphql } from "@/gql";

export const AccountInsightsQuery = graphql(`
  query AccountInsights($username: String!, $ghostDays: Int) {
    account(username: $username) {
      id
      timeline {
        crawlId
        at
        followerCount
        followingCount
        newFollowers
        lostFollowers
      }
      insights {
        followBack {
          fans
          notFollowingBack
          mutuals
          newFollowers
          lostFollowers
        }
        ghostCaveat
        ghostCandidates(first: 50, minAgeDays: $ghostDays) {
          totalCount
          nodes {
            id
            username
            fullName
            profilePicUrl
            firstSeenAt
          }
        }
      }
    }
  }
`);
