import { graphql } from "@/gql";

export const NetworkQuery = graphql(`
  query Network($accounts: [ID!], $minShared: Int!, $maxNodes: Int!) {
    network(accounts: $accounts, minShared: $minShared, maxNodes: $maxNodes) {
      totalNodeCount
      totalEdgeCount
      truncated
      nodes {
        id
        isTrackedAccount
        username
        fullName
        profilePicUrl
        isVerified
        degree
      }
      edges {
        source
        target
        relation
      }
    }
    accounts(first: 100, order: [{ username: ASC }]) {
      nodes {
        id
        username
      }
    }
  }
`);
