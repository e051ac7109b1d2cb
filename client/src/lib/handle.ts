// The same reading as the server's (api/Accounts/Handle.cs), so the crawl dialog can say what it understood while the
// user types; both are tested against tests/cases/handles.json, which holds their every answer and message.

// First path segments of instagram.com URLs that are pages, not profiles.
const RESERVED_PATHS = new Set(["p", "reel", "reels", "tv", "stories", "explore", "accounts", "direct", "about", "legal", "developer", "web", "challenge"]);

// Instagram usernames: 1–30 letters, digits, periods and underscores.
const USERNAME = /^[a-z0-9._]{1,30}$/;

const PROFILE_URL = /^(?:https?:\/\/)?(?:(?:www|m)\.)?instagram\.com(?:\/(?<path>[^?#]*))?(?:[?#].*)?$/i;

export type ParsedHandle = { ok: true; username: string } | { ok: false; reason: string };

/** Understands `@name`, `name` and profile URLs (with or without scheme, www., m., query or trailing slash). */
export function parseHandle(input: string): ParsedHandle {
  const text = input.trim();
  if (!text) return refused("Enter an Instagram username, @username or profile URL.");

  let candidate = text;
  if (text.includes("/") || text.toLowerCase().includes("instagram.com")) {
    const match = PROFILE_URL.exec(text);
    if (!match) return refused(`"${shorten(text)}" is not an instagram.com profile URL.`);
    const first = (match.groups?.path ?? "").split("/").find(Boolean);
    if (!first || RESERVED_PATHS.has(first.toLowerCase())) return refused(`"${shorten(text)}" links to an Instagram page, not a profile.`);
    candidate = first;
  }

  const username = (candidate.startsWith("@") ? candidate.slice(1) : candidate).toLowerCase();
  if (!USERNAME.test(username))
    return refused(
      username.length > 30
        ? "Instagram usernames are at most 30 characters."
        : `"${shorten(username)}" is not a valid Instagram username: use letters, digits, periods and underscores.`,
    );
  if (username.startsWith(".") || username.endsWith(".") || username.includes(".."))
    return refused(`"${username}" is not a valid Instagram username: periods cannot start or end it or stand twice in a row.`);
  return { ok: true, username };
}

const refused = (reason: string): ParsedHandle => ({ ok: false, reason });

const shorten = (text: string) => (text.length <= 60 ? text : `${text.slice(0, 57)}...`);
