import { GraphiQLPage } from "@/features/graphiql/graphiql-page";

export const metadata = { title: "GraphiQL · InstaIntel" };

/** The in-browser GraphQL IDE. The API serves this page for `GET /graphql` with `Accept: text/html`. */
export default function Page() {
  return <GraphiQLPage />;
}
