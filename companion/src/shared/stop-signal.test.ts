import assert from "node:assert/strict";
import { test } from "node:test";
import { stopSignal } from "./stop-signal";

const answer = (status: number, body: object | string) => ({ status, redirected: false, body: typeof body === "string" ? body : JSON.stringify(body) });

test("each way Instagram says stop is told apart", () => {
  const cases: [ReturnType<typeof answer> | { status: number; redirected: boolean; body: string }, string][] = [
    [{ status: 0, redirected: true, body: "" }, "LOGIN_REQUIRED"],
    [answer(403, { message: "login_required", logout_reason: 2, require_login: true, status: "fail" }), "LOGIN_REQUIRED"],
    [answer(200, { message: "", require_login: true, status: "fail" }), "LOGIN_REQUIRED"],
    [answer(403, { message: "login_required", logout_reason: 3, status: "fail" }), "LOGGED_OUT"],
    [answer(403, { message: "user_has_logged_out", logout_reason: 3, status: "fail" }), "LOGGED_OUT"],
    [answer(400, { message: "checkpoint_required", checkpoint_url: "https://www.instagram.com/challenge/", lock: true, status: "fail" }), "CHECKPOINT_REQUIRED"],
    [answer(400, { message: "challenge_required", status: "fail" }), "CHECKPOINT_REQUIRED"],
    [answer(400, { message: "feedback_required", spam: true, feedback_message: "We limit how often…", status: "fail" }), "FEEDBACK_REQUIRED"],
    [answer(400, { message: "", error_type: "sentry_block", status: "fail" }), "FEEDBACK_REQUIRED"],
    [answer(429, { message: "Please wait a few minutes before you try again.", require_login: false, status: "fail" }), "RATE_LIMITED"],
    [answer(401, { message: "Please wait a few minutes before you try again.", status: "fail" }), "RATE_LIMITED"],
    [answer(400, { message: "", error_type: "rate_limit_error", status: "fail" }), "RATE_LIMITED"],
    [answer(429, "Too Many Requests"), "RATE_LIMITED"],
  ];
  for (const [given, signal] of cases) assert.equal(stopSignal(given)?.signal, signal, given.body);
});

test("a feedback block keeps Instagram's own words", () => {
  assert.equal(stopSignal(answer(400, { message: "feedback_required", spam: true, feedback_message: "Try Again Later" }))?.detail, "Try Again Later");
});

test("pages and passing errors are no reason to stop", () => {
  assert.equal(stopSignal(answer(200, { users: [], next_max_id: null, status: "ok" })), null);
  assert.equal(stopSignal(answer(500, { message: "Internal error", status: "fail" })), null);
  assert.equal(stopSignal(answer(200, '{"users": [{"pk"')), null);
  assert.equal(stopSignal(answer(404, "Not Found")), null);
});
