import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHandle } from "@/lib/handle";

// Shared with the server's HandleTests: both read every handle the same way, with the same message.
type HandleCase = { input: string; username?: string; error?: string };
const cases: HandleCase[] = JSON.parse(readFileSync(new URL("../../tests/cases/handles.json", import.meta.url), "utf8"));

describe("parseHandle", () => {
  it.each(cases.filter((c) => c.username !== undefined))("understands $input as @$username", ({ input, username }) => {
    expect(parseHandle(input)).toEqual({ ok: true, username });
  });

  it.each(cases.filter((c) => c.error !== undefined))("refuses $input", ({ input, error }) => {
    expect(parseHandle(input)).toEqual({ ok: false, reason: error });
  });
});
