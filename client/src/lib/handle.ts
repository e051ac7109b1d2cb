// Instagram usernames: 1–30 letters, digits, periods and underscores.
const USERNAME = /^[a-z0-9._]{1,30}$/;

// Paths on instagram.com that are pages, not profiles.
const RESERVED_PATHS = new Set(["p", "reel", "reels", "explore", "stories", "accounts", "direct", "tv", "about", "developer"]);

export type ParsedHandle = { ok: true; username: string } | { ok: false; reason: string };

/** Understands `@name`, `name` and profile URLs (with or without scheme, www., m., query or trailing slash). */
export function parseHandle(input: string): ParsedHandle {
  const text = input.trim();
  if (!text) return { ok: false, reason: "Enter a username, @username or profile URL." };

  const candidate = looksLikeUrl(text) ? usernameFromUrl(text) : text.replace(/^@/, "");
  if (candidate === null) return { ok: false, reason: "That link is not an Instagram profile." };

  const username = candidate.toLowerCase();
  if (!USERNAME.test(username) || username.startsWith(".") || username.endsWith(".") || username.includes(".."))
    return { ok: false, reason: `“${candidate}” is not a valid Instagram username.` };
  return { ok: true, username };
}

function looksLikeUrl(text: string) {
  return /^(https?:\/\/)?([a-z0-9-]+\.)*instagram\.com(\/|$)/i.test(text) || /^https?:\/\//i.test(text);
}

function usernameFromUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (!/(^|\.)instagram\.com$/i.test(url.hostname)) return null;
  const first = url.pathname.split("/").filter(Boolean)[0];
  if (!first || RESERVED_PATHS.has(first.toLowerCase())) return null;
  return decodeURIComponent(first).replace(/^@/, "");
}
