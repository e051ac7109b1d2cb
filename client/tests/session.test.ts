import { describe, expect, it } from "vitest";
import { sessionStep } from "@/features/settings/session-outcome";

describe("sessionStep", () => {
  it("is connected when the session is", () => {
    expect(sessionStep({ session: { connected: true }, twoFactor: null, errors: null })).toEqual({ kind: "connected" });
  });

  it("asks for the code when Instagram wants two-factor", () => {
    expect(sessionStep({ session: null, twoFactor: { identifier: "abc", username: "me" } })).toEqual({
      kind: "twoFactor",
      identifier: "abc",
      username: "me",
    });
  });

  it("shows the API's errors before anything else", () => {
    expect(sessionStep({ session: null, errors: [{ message: "Wrong password." }] })).toEqual({ kind: "error", message: "Wrong password." });
  });

  it("never claims success on an empty answer", () => {
    expect(sessionStep({ session: { connected: false } }).kind).toBe("error");
  });
});
