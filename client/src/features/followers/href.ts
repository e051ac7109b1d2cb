/** The followers view of a tracked account; a static export has no dynamic routes, so the key is in the query. */
export function followersViewHref(username: string, tab?: string, show?: "new" | "lost") {
  const params = new URLSearchParams({ u: username });
  if (tab) params.set("tab", tab);
  if (show) params.set("show", show);
  return `/accounts/view/?${params}`;
}

export function instagramProfileUrl(username: string) {
  return `https://www.instagram.com/${encodeURIComponent(username)}/`;
}
