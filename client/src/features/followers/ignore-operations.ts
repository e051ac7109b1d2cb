import { graphql } from "@/gql";

export const IgnoreProfilesMutation = graphql(`
  mutation IgnoreProfiles($input: IgnoreProfilesInput!) {
    ignoreProfiles(input: $input) {
      account {
        id
      }
      errors {
        ... on AccountNotFoundError {
          message
        }
      }
    }
  }
`);

export const IgnoredProfilesQuery = graphql(`
  query IgnoredProfiles($username: String!) {
    account(username: $username) {
      id
      ignoredProfiles {
        pk
        username
        fullName
        profilePicUrl
      }
    }
  }
`);
