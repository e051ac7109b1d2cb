type Outcome = {
  session?: { connected: boolean } | null;
  twoFactor?: { identifier: string; username: string } | null;
  errors?: ({ message?: string } | Record<string, never>)[] | null;
};

export type SessionStep =
  | { kind: "connected" }
  | { kind: "twoFactor"; identifier: string; username: string }
  | { kind: "error"; message: string };

/** What a credentials mutation's payload means for the form: done, a 2FA code to ask for, or an error to show. */
export function sessionStep(outcome: Outcome): SessionStep {
  const messages = (outcome.errors ?? []).map((e) => ("message" in e ? e.message : undefined)).filter(Boolean);
  if (messages.length) return { kind: "error", message: messages.join("\n") };
  if (outcome.twoFactor) return { kind: "twoFactor", ...outcome.twoFactor };
  if (outcome.session?.connected) return { kind: "connected" };
  return { kind: "error", message: "Instagram did not accept these credentials." };
}
