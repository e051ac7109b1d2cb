"use client";
import { Search } from "lucide-react";
import { useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { Segmented } from "@/components/ui/radio-group";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { formatCount } from "@/lib/format";
import { useDebounced } from "@/lib/use-debounced";
import { ExportsPanel } from "./exports-panel";
import {
  defaultFollowerSort,
  followerOrder,
  followerWhere,
  nextSort,
  type FollowerSort,
  type FollowerTab,
  type Presence,
} from "./filters";
import { FollowerGrid } from "./follower-grid";
import { useFollowerList } from "./use-follower-list";

const presenceOptions: { value: Presence; label: string }[] = [
  { value: "all", label: "All" },
  { value: "new", label: "Only new" },
  { value: "lost", label: "Only lost" },
];

/** One tab's list: search, new/lost filter, sortable virtualised grid with infinite scroll, and its exports. */
export function FollowerList({ username, tab, initialPresence = "all" }: { username: string; tab: FollowerTab; initialPresence?: Presence }) {
  const [search, setSearch] = useState("");
  const [presence, setPresence] = useState<Presence>(initialPresence);
  const [sort, setSort] = useState<FollowerSort>(initialPresence === "lost" ? { column: "lostAt", direction: "DESC" } : defaultFollowerSort);
  const debouncedSearch = useDebounced(search);
  const where = useMemo(() => followerWhere({ search: debouncedSearch, presence }), [debouncedSearch, presence]);
  const order = useMemo(() => followerOrder(sort), [sort]);
  const list = useFollowerList(username, tab, where, order);

  const changePresence = (next: Presence) => {
    setPresence(next);
    // Lost relations are best read newest loss first; leaving that view goes back to first seen.
    if (next === "lost") setSort({ column: "lostAt", direction: "DESC" });
    else if (sort.column === "lostAt") setSort(defaultFollowerSort);
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-2 md:flex-row md:items-center">
        <div className="relative md:max-w-sm md:flex-1">
          <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
          <Input
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Search handle or name"
            aria-label="Search handle or name"
            className="pl-9"
          />
        </div>
        <Segmented label="Show" value={presence} onChange={changePresence} options={presenceOptions} />
        <p className="text-sm text-muted-foreground md:ml-auto" aria-live="polite" data-testid="match-count">
          {list.totalCount === undefined ? "" : `${formatCount(list.totalCount)} ${list.totalCount === 1 ? "profile" : "profiles"}`}
        </p>
      </div>
      {list.error && list.nodes.length === 0 ? (
        <ErrorState message={list.error} onRetry={list.reload} />
      ) : list.loading && list.nodes.length === 0 ? (
        <LoadingState label="Loading profiles…" />
      ) : list.nodes.length === 0 ? (
        <EmptyState title="No profiles here">
          {search || presence !== "all" ? "Nothing matches these filters." : "Run a crawl to fill this list."}
        </EmptyState>
      ) : (
        <FollowerGrid
          rows={list.nodes}
          totalCount={list.totalCount ?? list.nodes.length}
          hasNextPage={list.hasNextPage}
          loadMore={list.loadMore}
          sort={sort}
          onSort={(column) => setSort((current) => nextSort(current, column))}
          showLost={presence === "lost"}
          busy={list.refreshing}
        />
      )}
      {list.error && list.nodes.length > 0 && <p role="alert" className="text-sm text-destructive">{list.error}</p>}
      <ExportsPanel username={username} tab={tab} where={where} order={order} />
    </div>
  );
}
