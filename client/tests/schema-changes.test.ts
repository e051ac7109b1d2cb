import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const repo = join(__dirname, "..", "..");
// The graphql instance graphql-inspector itself loads: schemas from another copy of the module are refused.
const { buildSchema } = createRequire(require.resolve("@graphql-inspector/core"))("graphql") as typeof import("graphql");

function git(...args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined;
  }
}

/**
 * The schema this branch started from: schema/schema.graphql where it forked from main (or origin/main), else as last
 * committed. Tool authors rely on it, so a change may add and deprecate but not remove or break.
 */
function baseSchema(): { ref: string; sdl: string } {
  for (const branch of ["main", "origin/main"]) {
    const base = git("merge-base", "HEAD", branch)?.trim();
    const sdl = base && git("show", `${base}:schema/schema.graphql`);
    if (sdl) return { ref: `${branch} at ${base.slice(0, 7)}`, sdl };
  }
  return { ref: "HEAD", sdl: git("show", "HEAD:schema/schema.graphql") ?? readFileSync(join(repo, "schema/schema.graphql"), "utf8") };
}

/**
 * Types renamed on purpose, old name to new, each listed in docs/api.md ("Renamed types"). GraphQL cannot deprecate a
 * type, so a rename is checked as one: the base schema is read under the new names, and anything else that changed
 * must still only add and deprecate.
 */
const renamedTypes: Record<string, string> = {
  Scrape: "Crawl",
  ScrapeProgress: "CrawlProgress",
  ScrapeStatus: "CrawlStatus",
  ScrapeLists: "CrawlLists",
  ScrapeSource: "CrawlSource",
  ScrapeEvent: "CrawlEvent",
  ScrapeFilterInput: "CrawlFilterInput",
  ScrapeStatusOperationFilterInput: "CrawlStatusOperationFilterInput",
  ScrapeSortInput: "CrawlSortInput",
  ScrapeAlreadyRunningError: "CrawlAlreadyRunningError",
  ScrapeNotFoundError: "CrawlNotFoundError",
  ScrapeNotCancellableError: "CrawlNotCancellableError",
};

/** The SDL with each renamed type under its new name; the old connection types gave way to the ones already there. */
function underNewNames(sdl: string): string {
  const renamed = sdl
    .replace(/^(?:"[^"\n]*"\n)?type Scrapes(Connection|Edge) \{[^}]*\}\n/gm, "")
    .replace(/\bScrapes(Connection|Edge)\b/g, "Crawls$1");
  return renamed.replace(/\b[A-Z]\w*\b/g, (name) => renamedTypes[name] ?? name);
}

describe("schema/schema.graphql", () => {
  it("only adds and deprecates: nothing is removed or broken without @deprecated first", async () => {
    const { ref, sdl } = baseSchema();
    const before = buildSchema(underNewNames(sdl));
    const after = buildSchema(readFileSync(join(repo, "schema/schema.graphql"), "utf8"));
    const changes = await diff(before, after);
    const deprecated = (path: string | undefined) => {
      const [typeName, fieldName] = (path ?? "").split(".");
      const type = before.getType(typeName);
      const field = type && "getFields" in type && fieldName ? type.getFields()[fieldName] : undefined;
      return field !== undefined && "deprecationReason" in field && Boolean(field.deprecationReason);
    };
    const breaking = changes
      .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
      .filter((c) => !(c.type === "FIELD_REMOVED" && deprecated(c.path)))
      .map((c) => c.message);
    expect(breaking, `breaking changes against ${ref}: deprecate first, remove later`).toEqual([]);
  });

  it("reads a renamed type under its new name, and still sees any other change to it", async () => {
    const base = "type Query { scrape: Scrape }\ntype Scrape { id: ID, status: ScrapeStatus }\nenum ScrapeStatus { QUEUED }";
    const renamed = "type Query { scrape: Crawl }\ntype Crawl { id: ID, status: CrawlStatus }\nenum CrawlStatus { QUEUED }";
    expect(await diff(buildSchema(underNewNames(base)), buildSchema(renamed))).toEqual([]);
    const alsoRemoved = await diff(buildSchema(underNewNames(base)), buildSchema(renamed.replace(", status: CrawlStatus", "")));
    expect(alsoRemoved.map((c) => c.type)).toContain("FIELD_REMOVED");
  });

  it("would catch a removed field (the check itself works)", async () => {
    const before = buildSchema("type Query { a: Int, b: Int @deprecated(reason: \"Use a.\") }");
    const removed = await diff(before, buildSchema("type Query { b: Int }"));
    expect(removed.some((c) => c.criticality.level === CriticalityLevel.Breaking && c.type === "FIELD_REMOVED")).toBe(true);
  });
});
