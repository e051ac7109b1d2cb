import { graphql } from "@/gql";

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      scopes
      secretEnd
      createdAt
      expiresAt
      revokedAt
      lastUsedAt
      lastUsedFrom
      active
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken {
        id
      }
      errors {
        ...ErrorMessage
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      errors {
        ...ErrorMessage
      }
    }
  }
`);
