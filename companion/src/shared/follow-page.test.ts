import assert from "node:assert/strict";
import { test } from "node:test";
import { followPagePath, profileUsername, readFollowPage, readProfile } from "./follow-page";

const answer = (status: number, body: unknown) => ({ status, redirected: false, body: typeof body === "string" ? body : JSON.stringify(body) });

test("a page of followers becomes the users and the cursor to go on from", () => {
  const read = readFollowPage(
    answer(200, {
      users: [
        { pk: 20000001, pk_id: "20000001", username: "sea.bo_20000001", full_name: "Bo Sea", profile_pic_url: "https://x/1.jpg", is_verified: false, is_private: true },
        { pk_id: "20000002", username: "ink.chen_20000002", full_name: "", is_verified: true, is_private: false },
      ],
      next_max_id: "QVFEZjAwMDAwMDEy",
      big_list: true,
      status: "ok",
    }),
  );
  assert.deepEqual(read, {
    kind: "page",
    nextCursor: "QVFEZjAwMDAwMDEy",
    users: [
      { pk: "20000001", username: "sea.bo_20000001", fullName: "Bo Sea", profilePicUrl: "https://x/1.jpg", isVerified: false, isPrivate: true },
      { pk: "20000002", username: "ink.chen_20000002", fullName: "", profilePicUrl: null, isVerified: true, isPrivate: false },
    ],
  });
});

test("a picture that is not an https URL is left out, the person kept", () => {
  const users = [
    { pk: "1", username: "a", profile_pic_url: "data:image/svg+xml,%3Csvg%3E" },
    { pk: "2", username: "b", profile_pic_url: `https://cdn/${"x".repeat(2_100)}` },
  ];
  const read = readFollowPage(answer(200, { users, next_max_id: null, status: "ok" }));
  assert.equal(read.kind, "page");
  assert.deepEqual(read.kind === "page" && read.users.map((u) => [u.username, u.profilePicUrl]), [["a", null], ["b", null]]);
});

test("the last page has no cursor", () => {
  const read = readFollowPage(answer(200, { users: [], next_max_id: null, big_list: false, status: "ok" }));
  assert.deepEqual(read, { kind: "page", users: [], nextCursor: null });
});

test("a stop signal wins over anything else in the answer", () => {
  const read = readFollowPage(answer(400, { message: "feedback_required", spam: true, users: [], status: "fail" }));
  assert.equal(read.kind, "stop");
});

test("a broken or odd answer is an error, not a page", () => {
  assert.equal(readFollowPage(answer(200, '{"users": [')).kind, "error");
  assert.equal(readFollowPage(answer(500, { message: "oops", status: "fail" })).kind, "error");
  assert.equal(readFollowPage(answer(200, { users: [{ full_name: "no pk" }], status: "ok" })).kind, "error");
  assert.equal(readFollowPage({ status: 0, redirected: false, body: "", networkError: "offline" }).kind, "error");
});

test("a profile gives the account's id and counts", () => {
  const read = readProfile(answer(200, { data: { user: { id: "1002", username: "demo_large", edge_followed_by: { count: 100000 }, edge_follow: { count: 1000 } } }, status: "ok" }));
  assert.deepEqual(read, { kind: "profile", profile: { pk: "1002", followers: 100000, following: 1000 } });
  assert.equal(readProfile(answer(404, { message: "User not found", status: "fail" })).kind, "error");
});

test("pages are asked for as the web app asks", () => {
  assert.equal(followPagePath("1002", "FOLLOWERS", null, 12), "/api/v1/friendships/1002/followers/?count=12");
  assert.equal(followPagePath("1002", "FOLLOWING", "QVF+/=", 12), "/api/v1/friendships/1002/following/?count=12&max_id=QVF%2B%2F%3D");
});

test("a profile page names its account; other pages do not", () => {
  assert.equal(profileUsername("https://www.instagram.com/demo_large/"), "demo_large");
  assert.equal(profileUsername("https://www.instagram.com/demo.large?hl=en"), "demo.large");
  assert.equal(profileUsername("https://www.instagram.com/explore/"), null);
  assert.equal(profileUsername("https://www.instagram.com/p/Cxyz/"), null);
  assert.equal(profileUsername("https://www.instagram.com/"), null);
  assert.equal(profileUsername("https://evil.example/demo_large/"), null);
  assert.equal(profileUsername(undefined), null);
});
