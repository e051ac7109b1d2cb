import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../codegen";

const root = join(__dirname, "..");

describe("generated GraphQL types", () => {
  it("match the schema and the operations (run `npm run codegen` when this fails)", async () => {
    const previous = process.cwd();
    process.chdir(root);
    try {
      const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const { filename, content } of outputs) {
        const onDisk = readFileSync(join(root, filename.replace(`${root}/`, "")), "utf8");
        expect(onDisk, `${filename} is stale`).toBe(content);
      }
    } finally {
      process.chdir(previous);
    }
  });

  it("copy the persisted documents to persisted-operations.json, which the API loads (run `npm run codegen` when this fails)", () => {
    const generated = readFileSync(join(root, "src/gql/persisted-documents.json"), "utf8");
    expect(readFileSync(join(root, "persisted-operations.json"), "utf8")).toBe(generated);
  });
});
