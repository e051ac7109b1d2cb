"use client";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown, BadgeCheck, Lock } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { Avatar } from "@/components/ui/avatar";
import type { AccountRowFragment } from "@/gql/graphql";
import { followersViewHref } from "@/features/followers/href";
import { cn } from "@/lib/cn";
import { formatCount, formatRelative } from "@/lib/format";
import { Sparkline } from "@/features/insights/sparkline";
import { formatChange, trendValues } from "@/features/counts/ranges";
import { AccountActions } from "./account-actions";
import { BookmarkToggle } from "./bookmark-toggle";
import type { AccountSort, AccountSortColumn } from "./sorting";

const column = createColumnHelper<AccountRowFragment>();

type AccountsTableProps = {
  accounts: AccountRowFragment[];
  sort: AccountSort;
  onSort: (column: AccountSortColumn) => void;
  onRunCrawl: (username: string) => void;
  onChanged: () => void;
  onError: (message: string) => void;
};

/** Sorting happens on the server (keyset paging), so the table only reports which column was clicked. */
export function AccountsTable({ accounts, sort, onSort, onRunCrawl, onChanged, onError }: AccountsTableProps) {
  const columns = useMemo(
    () => [
      column.accessor("username", {
        header: "Account",
        meta: { sortKey: "username" },
        cell: ({ row: { original: a } }) => (
          <div className="flex max-w-[8.5rem] min-w-0 items-center gap-2 min-[360px]:max-w-[11rem] sm:max-w-none sm:gap-3">
            <Avatar url={a.profilePicUrl} username={a.username} />
            <div className="min-w-0">
              <Link href={followersViewHref(a.username)} className="flex items-center gap-1 font-medium hover:underline pointer-coarse:min-h-11">
                <span className="truncate">@{a.username}</span>
                {a.isVerified && <BadgeCheck className="size-4 shrink-0 text-primary" aria-label="Verified" role="img" />}
                {a.isPrivate && <Lock className="size-3.5 shrink-0 text-muted-foreground" aria-label="Private" role="img" />}
              </Link>
              <p className="truncate text-xs text-muted-foreground">{a.fullName}</p>
              <p className="flex items-center gap-2 text-xs text-muted-foreground tabular-nums sm:hidden">
                {formatCount(a.followerCount)} followers
                <Sparkline values={trendValues(a.recent, a.timeline)} label={`@${a.username} follower trend`} className="shrink-0" />
              </p>
              <p className="text-xs text-muted-foreground tabular-nums sm:hidden" data-testid="week-change">7 d {formatChange(a.week)}</p>
            </div>
          </div>
        ),
      }),
      column.accessor("followerCount", {
        header: "Followers",
        meta: { sortKey: "followerCount", className: "hidden text-right tabular-nums sm:table-cell" },
        cell: (c) => formatCount(c.getValue()),
      }),
      column.display({
        id: "trend",
        header: "Trend",
        meta: { className: "hidden sm:table-cell" },
        cell: ({ row: { original: a } }) => <Sparkline values={trendValues(a.recent, a.timeline)} label={`@${a.username} follower trend, last 30 days`} />,
      }),
      column.display({
        id: "week",
        header: "7 d",
        meta: { className: "hidden text-right tabular-nums whitespace-nowrap sm:table-cell" },
        cell: ({ row: { original: a } }) => (
          <span data-testid="week-change" className={cn(a.week && a.week.absolute > 0 && "text-success", a.week && a.week.absolute < 0 && "text-destructive")}>
            {formatChange(a.week)}
          </span>
        ),
      }),
      column.accessor("followingCount", {
        header: "Following",
        meta: { className: "hidden text-right tabular-nums md:table-cell" },
        cell: (c) => formatCount(c.getValue()),
      }),
      column.accessor("lastCrawledAt", {
        header: "Last crawl",
        meta: { sortKey: "lastCrawledAt", className: "hidden sm:table-cell whitespace-nowrap" },
        cell: (c) => formatRelative(c.getValue()),
      }),
      column.display({
        id: "bookmark",
        header: () => <span className="sr-only">Bookmark</span>,
        cell: ({ row }) => <BookmarkToggle account={row.original} onError={onError} />,
      }),
      column.display({
        id: "actions",
        header: () => <span className="sr-only">Actions</span>,
        meta: { className: "text-right" },
        cell: ({ row }) => (
          <AccountActions account={row.original} onRunCrawl={onRunCrawl} onDeleted={onChanged} onError={onError} />
        ),
      }),
    ],
    [onRunCrawl, onChanged, onError],
  );

  const table = useReactTable({ data: accounts, columns, getCoreRowModel: getCoreRowModel(), getRowId: (a) => a.id });

  return (
    <div className="relative overflow-x-auto rounded-lg border bg-card">
      <table className="w-full text-sm">
        <thead className="border-b text-left text-muted-foreground">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta as ColumnMeta | undefined;
                const active = meta?.sortKey === sort.column;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={cn("px-2 py-1 font-medium sm:px-3", meta?.className)}
                    aria-sort={meta?.sortKey ? (active ? (sort.direction === "ASC" ? "ascending" : "descending") : "none") : undefined}
                  >
                    {meta?.sortKey ? (
                      <button
                        type="button"
                        onClick={() => onSort(meta.sortKey!)}
                        className="-mx-2 inline-flex min-h-11 items-center gap-1 rounded px-2 hover:text-foreground"
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <SortIcon active={active} ascending={sort.direction === "ASC"} />
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="border-b last:border-b-0">
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta as ColumnMeta | undefined;
                return (
                  <td key={cell.id} className={cn("px-2 py-2 sm:px-3", meta?.className)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ColumnMeta = { sortKey?: AccountSortColumn; className?: string };

function SortIcon({ active, ascending }: { active: boolean; ascending: boolean }) {
  const Icon = !active ? ArrowUpDown : ascending ? ArrowUp : ArrowDown;
  return <Icon className="size-3.5" aria-hidden />;
}
