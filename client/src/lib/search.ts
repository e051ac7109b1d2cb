import type { StringOperationFilterInput } from "@/gql/graphql";

type NameFields = { username?: StringOperationFilterInput | null; fullName?: StringOperationFilterInput | null };

/**
 * `contains` on the API is case-sensitive. Usernames are lower case on Instagram, so the term is lowered for them;
 * full names are matched as typed and in Title Case, which covers how people type names.
 */
export function nameSearch<T extends NameFields>(term: string): T[] | null {
  const text = term.trim().replace(/^@/, "");
  if (!text) return null;
  const titled = text.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  const names = [...new Set([text, titled])];
  return [{ username: { contains: text.toLowerCase() } }, ...names.map((name) => ({ fullName: { contains: name } }))] as T[];
}
