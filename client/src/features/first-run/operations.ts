import { graphql } from "@/gql";

export const DemoModeQuery = graphql(`
  query DemoMode {
    demoMode
  }
`);
