/**
 * A person's page; a static export has no dynamic routes, so the key is in the query. People an archive brought in
 * have no Instagram id until a crawl lists them (a negative placeholder pk stands in), so their page is by username.
 */
export function profileViewHref(pk: number, username: string) {
  return pk > 0 ? `/profiles/view/?pk=${pk}` : `/profiles/view/?u=${encodeURIComponent(username)}`;
}
