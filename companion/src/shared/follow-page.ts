import { parseJson, stopSignal, type Stop, type TabAnswer } from "./stop-signal";

/** One person on a followers/following page, in the shape `submitBrowserPage` takes. */
export type PageUser = {
  pk: string;
  username: string;
  fullName: string;
  profilePicUrl: string | null;
  isVerified: boolean;
  isPrivate: boolean;
};

export type PageRead =
  | { kind: "page"; users: PageUser[]; nextCursor: string | null }
  | { kind: "stop"; stop: Stop }
  /** Neither a page nor a stop signal: a server error, a cut-off answer, no network. Worth a later try. */
  | { kind: "error"; detail: string };

/**
 * Instagram's pictures are https URLs on its CDN; anything else (a data: URL, an overlong one) is left out rather than
 * have InstaIntel refuse the whole page over an optional field.
 */
function picture(url: unknown): string | null {
  return typeof url === "string" && url.length <= 2_048 && url.startsWith("https://") ? url : null;
}

function user(raw: unknown): PageUser | null {
  if (typeof raw !== "object" || raw === null) return null;
  const u = raw as Record<string, unknown>;
  const pk = u.pk ?? u.pk_id ?? u.id;
  if ((typeof pk !== "string" && typeof pk !== "number") || typeof u.username !== "string") return null;
  return {
    pk: String(pk),
    username: u.username,
    fullName: typeof u.full_name === "string" ? u.full_name : "",
    profilePicUrl: picture(u.profile_pic_url),
    isVerified: u.is_verified === true,
    isPrivate: u.is_private === true,
  };
}

/**
 * Reads an answer of `/api/v1/friendships/<pk>/followers|following/`: `{ users, next_max_id, big_list, status }`.
 * Stop signals win over everything; the server validates the users again (limits, username rules).
 */
export function readFollowPage(answer: TabAnswer): PageRead {
  if (answer.networkError) return { kind: "error", detail: answer.networkError };
  const stop = stopSignal(answer);
  if (stop) return { kind: "stop", stop };
  const json = parseJson(answer.body);
  if (answer.status !== 200 || !json || json.status !== "ok" || !Array.isArray(json.users))
    return { kind: "error", detail: `Instagram answered HTTP ${answer.status}${json?.message ? `: ${json.message}` : ""}` };
  const users = json.users.map(user);
  if (users.some((u) => u === null)) return { kind: "error", detail: "Instagram's page held a user without pk or username." };
  const next = json.next_max_id;
  return { kind: "page", users: users as PageUser[], nextCursor: typeof next === "string" && next ? next : typeof next === "number" ? String(next) : null };
}

export type Profile = { pk: string; followers: number | null; following: number | null };

/** Reads `/api/v1/users/web_profile_info/?username=…`: the account's id and counts. */
export function readProfile(answer: TabAnswer): { kind: "profile"; profile: Profile } | Exclude<PageRead, { kind: "page" }> {
  if (answer.networkError) return { kind: "error", detail: answer.networkError };
  const stop = stopSignal(answer);
  if (stop) return { kind: "stop", stop };
  const user = (parseJson(answer.body)?.data as { user?: Record<string, unknown> } | undefined)?.user;
  if (answer.status !== 200 || !user || typeof user.id !== "string") return { kind: "error", detail: `Instagram answered HTTP ${answer.status} for the profile.` };
  const count = (edge: unknown) => (typeof (edge as { count?: unknown })?.count === "number" ? (edge as { count: number }).count : null);
  return { kind: "profile", profile: { pk: user.id, followers: count(user.edge_followed_by), following: count(user.edge_follow) } };
}

/** The path of one page, as the web app's follower dialog asks for it. */
export function followPagePath(targetPk: string, list: "FOLLOWERS" | "FOLLOWING", cursor: string | null, pageSize: number): string {
  const query = new URLSearchParams({ count: String(pageSize) });
  if (cursor) query.set("max_id", cursor);
  return `/api/v1/friendships/${encodeURIComponent(targetPk)}/${list === "FOLLOWERS" ? "followers" : "following"}/?${query}`;
}

/** The account a profile URL shows (`https://www.instagram.com/<username>/`), or null for any other page. */
export function profileUsername(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== "https://www.instagram.com") return null;
  const match = /^\/([A-Za-z0-9._]{1,30})\/?$/.exec(parsed.pathname);
  const reserved = ["accounts", "explore", "direct", "reels", "stories", "p", "reel", "tv", "about", "legal", "challenge", "developer", "web"];
  return match && !reserved.includes(match[1]!.toLowerCase()) ? match[1]! : null;
}
