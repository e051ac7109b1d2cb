import { describe, expect, it } from "vitest";
import { DashboardDocument } from "@/gql/graphql";
import { requestBody } from "@/lib/graphql/request";
import manifest from "../persisted-operations.json";

describe("requests by hash", () => {
  it("send a generated operation as its hash alone, which the manifest the API loads maps to the document", () => {
    const body = requestBody(DashboardDocument, {}, false);
    expect(body).not.toHaveProperty("query");
    const hash = (body as { extensions: { persistedQuery: { sha256Hash: string } } }).extensions.persistedQuery.sha256Hash;
    expect((manifest as Record<string, string>)[hash]).toMatch(/^query Dashboard \{/);
  });

  it("send the document itself when asked to (the API did not know the hash)", () => {
    expect(requestBody(DashboardDocument, { a: 1 }, true)).toEqual({ query: DashboardDocument.toString(), variables: { a: 1 } });
  });
});
