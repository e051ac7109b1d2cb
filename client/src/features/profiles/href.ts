/** A person's page; a static export has no dynamic routes, so the key is in the query. */
export function profileViewHref(pk: number | string) {
  return `/profiles/view/?pk=${encodeURIComponent(String(pk))}`;
}
