/** Instagram telling the reader to stop. The server maps each to the same paused state and advice as its own crawls. */
export type StopSignal = "LOGIN_REQUIRED" | "CHECKPOINT_REQUIRED" | "FEEDBACK_REQUIRED" | "RATE_LIMITED" | "LOGGED_OUT";

export type Stop = { signal: StopSignal; detail: string };

/** What came back for one request made in the instagram.com tab. */
export type TabAnswer = {
  status: number;
  /** The answer was a redirect (never followed: Instagram redirects a logged-out or challenged session to its login page). */
  redirected: boolean;
  body: string;
  /** Set when the request never got an answer (offline, DNS, aborted). */
  networkError?: string;
};

export function parseJson(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The stop signal in an answer, or null when the answer is no reason to stop (a page, or an error worth one more try). */
export function stopSignal(answer: TabAnswer): Stop | null {
  if (answer.redirected) return { signal: "LOGIN_REQUIRED", detail: "Instagram redirected the request (to its login or challenge page)." };
  const json = parseJson(answer.body) ?? {};
  const message = typeof json.message === "string" ? json.message : "";
  const detail = message || `HTTP ${answer.status}`;
  if (json.logout_reason === 3 || message === "user_has_logged_out")
    return { signal: "LOGGED_OUT", detail: "Instagram logged the account out for automated activity." };
  if (message === "checkpoint_required" || message === "challenge_required" || "checkpoint_url" in json)
    return { signal: "CHECKPOINT_REQUIRED", detail };
  if (message === "feedback_required" || json.spam === true || json.error_type === "sentry_block")
    return { signal: "FEEDBACK_REQUIRED", detail: typeof json.feedback_message === "string" ? json.feedback_message : detail };
  if (answer.status === 429 || json.error_type === "rate_limit_error" || /please wait a few minutes/i.test(message))
    return { signal: "RATE_LIMITED", detail };
  if (message === "login_required" || json.require_login === true) return { signal: "LOGIN_REQUIRED", detail };
  return null;
}
