import { describe, expect, it } from "vitest";
import { parseHandle } from "@/lib/handle";

describe("parseHandle", () => {
  it.each([
    ["natgeo", "natgeo"],
    ["@natgeo", "natgeo"],
    ["  @NatGeo ", "natgeo"],
    ["https://www.instagram.com/natgeo/", "natgeo"],
    ["https://www.instagram.com/natgeo/?igsh=abc123", "natgeo"],
    ["instagram.com/nat.geo_", "nat.geo_"],
    ["http://m.instagram.com/natgeo", "natgeo"],
    ["www.instagram.com/natgeo/reels/", "natgeo"],
  ])("understands %s as @%s", (input, username) => {
    expect(parseHandle(input)).toEqual({ ok: true, username });
  });

  it.each([
    ["", "Enter a username"],
    ["   ", "Enter a username"],
    ["https://example.com/natgeo", "not an Instagram profile"],
    ["https://www.instagram.com/p/C0abc/", "not an Instagram profile"],
    ["https://www.instagram.com/", "not an Instagram profile"],
    ["nat geo", "not a valid Instagram username"],
    ["a".repeat(31), "not a valid Instagram username"],
    [".natgeo", "not a valid Instagram username"],
    ["nat..geo", "not a valid Instagram username"],
  ])("refuses %j", (input, reason) => {
    const parsed = parseHandle(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.reason).toContain(reason);
  });
});
