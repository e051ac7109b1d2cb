import { graphql } from "@/gql";

/** What every mutation payload's typed errors share: each implements `Error { message }`. */
export const ErrorMessageFragment = graphql(`
  fragment ErrorMessage on Error {
    message
  }
`);
