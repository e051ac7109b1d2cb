"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { ArrowDown, ArrowUp, ArrowUpDown, BadgeCheck, Lock } from "lucide-react";
import { useEffect, useRef } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import type { FollowerRowFragment, FollowList } from "@/gql/graphql";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";
import { lostReasonLabels, type FollowerSort, type SortColumn } from "./filters";
import Link from "next/link";
import { profileViewHref } from "@/features/profiles/href";
import { describeSince } from "@/features/profiles/story";
import { SelectBox } from "@/features/selection/select-box";

const ROW_HEIGHT = 60;
/** Start fetching the next page this many rows before the end of what is loaded. */
const PREFETCH_ROWS = 40;
const columns = "grid grid-cols-[minmax(0,1fr)_4rem] sm:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)_8rem] items-center gap-3 px-3";

type FollowerGridProps = {
  rows: FollowerRowFragment[];
  totalCount: number;
  hasNextPage: boolean;
  loadMore: () => void;
  sort: FollowerSort;
  onSort: (column: SortColumn) => void;
  showLost: boolean;
  /** Which edges the rows are, for since-when wording. */
  list: FollowList;
  /** A new sort or filter is loading; the rows shown are the previous ones. */
  busy: boolean;
  isSelected: (pk: number) => boolean;
  /** A click on row `index`'s checkbox; `shift` extends the selection from the previous click. */
  onToggle: (index: number, shift: boolean) => void;
};

/** Only the rows on screen are in the DOM, so a list of 100,000 scrolls like one of 100. */
export function FollowerGrid({ rows, totalCount, hasNextPage, loadMore, sort, onSort, showLost, list, busy, isSelected, onToggle }: FollowerGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length + (hasNextPage ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && lastIndex >= rows.length - PREFETCH_ROWS) loadMore();
  }, [hasNextPage, lastIndex, rows.length, loadMore]);

  const dateColumn: SortColumn = showLost ? "lostAt" : "firstSeenAt";
  return (
    <div
      role="table"
      aria-label="Profiles"
      aria-rowcount={totalCount + 1}
      aria-busy={busy}
      className={cn("rounded-lg border bg-card transition-opacity", busy && "opacity-60")}
    >
      <div role="rowgroup" className="border-b">
        <div role="row" aria-rowindex={1} className={cn(columns, "min-h-11 text-sm")}>
          <SortHeader column="username" label="Handle" sort={sort} onSort={onSort} />
          <SortHeader column="fullName" label="Full name" sort={sort} onSort={onSort} className="hidden sm:flex" />
          <SortHeader column={dateColumn} label={showLost ? "Lost" : "First seen"} sort={sort} onSort={onSort} />
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="h-[65dvh] min-h-72 overflow-y-auto overscroll-contain"
        tabIndex={0}
        aria-label="Profile rows, scrollable"
      >
        <div role="presentation" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={cn(columns, "absolute inset-x-0 border-b last:border-b-0")}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {row ? (
                  <FollowerCells row={row} showLost={showLost} list={list} selected={isSelected(row.pk)} onToggle={(shift) => onToggle(item.index, shift)} />
                ) : (
                  <LoadingCells />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

type CellsProps = { row: FollowerRowFragment; showLost: boolean; list: FollowList; selected: boolean; onToggle: (shift: boolean) => void };

function FollowerCells({ row, showLost, list, selected, onToggle }: CellsProps) {
  const since = row.followedAt ? describeSince(list, row.followedAt) : null;
  return (
    <>
      <div role="cell" className="flex min-w-0 items-center gap-2 sm:gap-3">
        <SelectBox checked={selected} label={`Select @${row.username}`} onToggle={onToggle} className="ml-0" />
        {/* Phones give the avatar's width to the handle, which wraps instead of being cut (two lines fit a row). */}
        <Avatar url={row.profilePicUrl} username={row.username} className="hidden sm:inline-flex" />
        <div className="min-w-0">
          <div className="flex min-w-0 items-center gap-1">
            <Link href={profileViewHref(row.pk, row.username)} className="text-sm font-medium break-all hover:underline sm:truncate sm:text-base sm:break-normal pointer-coarse:inline-flex pointer-coarse:min-h-11 pointer-coarse:min-w-11 pointer-coarse:items-center">
              @{row.username}
            </Link>
            {row.isVerified && <BadgeCheck className="size-4 shrink-0 text-primary" aria-label="Verified" role="img" />}
            {row.isPrivate && <Lock className="size-3.5 shrink-0 text-muted-foreground" aria-label="Private" role="img" />}
            <span className="hidden sm:contents">
              <PresenceBadge row={row} />
            </span>
          </div>
          <p className="flex min-w-0 items-center gap-1 text-xs text-muted-foreground sm:hidden">
            <PresenceBadge row={row} />
            <span className="truncate" data-testid={since ? "since" : undefined}>
              {since ?? row.fullName}
            </span>
          </p>
        </div>
      </div>
      <div role="cell" className="hidden min-w-0 text-sm sm:block">
        <p className="truncate">{row.fullName || <span className="text-muted-foreground">—</span>}</p>
        {since && (
          <p className="truncate text-xs text-muted-foreground" data-testid="since">
            {since}
          </p>
        )}
      </div>
      <div role="cell" className="text-sm text-muted-foreground">
        {formatDate(showLost ? row.lostAt : row.firstSeenAt)}
        {showLost && (
          <span className="block text-xs" data-testid="lost-reason">
            {row.lostReason ? lostReasonLabels[row.lostReason] : "Why: not checked"}
          </span>
        )}
      </div>
    </>
  );
}

function PresenceBadge({ row }: { row: FollowerRowFragment }) {
  if (row.isLost) return <Badge tone="danger">lost</Badge>;
  if (row.isNew) return <Badge tone="success">new</Badge>;
  return null;
}

function LoadingCells() {
  return (
    <div role="cell" className="col-span-full text-sm text-muted-foreground">
      Loading more…
    </div>
  );
}

type SortHeaderProps = {
  column: SortColumn;
  label: string;
  sort: FollowerSort;
  onSort: (column: SortColumn) => void;
  className?: string;
};

function SortHeader({ column, label, sort, onSort, className }: SortHeaderProps) {
  const active = sort.column === column;
  const Icon = !active ? ArrowUpDown : sort.direction === "ASC" ? ArrowUp : ArrowDown;
  return (
    <div
      role="columnheader"
      aria-sort={active ? (sort.direction === "ASC" ? "ascending" : "descending") : "none"}
      className={cn("flex", className)}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className="-mx-2 inline-flex min-h-11 items-center gap-1 rounded px-2 font-medium text-muted-foreground hover:text-foreground"
      >
        {label}
        <Icon className="size-3.5" aria-hidden />
      </button>
    </div>
  );
}
