import type { AccountFilterInput, AccountSortInput, SortEnumType } from "@/gql/graphql";
import { nameSearch } from "@/lib/search";

export type AccountSortColumn = keyof AccountSortInput;
export type AccountSort = { column: AccountSortColumn; direction: SortEnumType };

export const defaultAccountSort: AccountSort = { column: "createdAt", direction: "DESC" };

export function accountOrder({ column, direction }: AccountSort): AccountSortInput[] {
  return [{ [column]: direction }];
}

export function accountWhere(search: string): AccountFilterInput | null {
  const names = nameSearch<AccountFilterInput>(search);
  return names ? { or: names } : null;
}
