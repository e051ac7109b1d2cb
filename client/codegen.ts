import { createHash } from "node:crypto";
import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from the API's schema. Regenerate with `npm run codegen`; tests/codegen.test.ts fails when stale.
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      // Each operation carries its SHA-256 (`__meta__.hash`); src/gql/persisted-documents.json maps hashes to documents,
      // copied to persisted-operations.json for the API, which then runs the client's operations by hash alone.
      presetConfig: {
        fragmentMasking: false,
        // Plain hex, as `extensions.persistedQuery.sha256Hash` carries it (the preset's default prefixes `sha256:`).
        persistedDocuments: { hashAlgorithm: (document: string) => createHash("sha256").update(document).digest("hex") },
      },
      config: {
        // Documents as plain strings: no GraphQL parser in the browser bundle.
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", Long: "number" },
      },
    },
  },
};

export default config;
