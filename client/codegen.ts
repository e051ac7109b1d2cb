import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from the API's schema. Regenerate with `npm run codegen`; tests/codegen.test.ts fails when stale.
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
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
