"use client";
import { Search } from "lucide-react";
import { EyeOff } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectionBar } from "@/features/selection/selection-bar";
import { useSelection } from "@/features/selection/use-selection";
import { useUrlState, useUrlUpdate } from "@/lib/use-url-state";
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
  isLostReason,
  lostReasonLabels,
  nextSort,
  type FollowerSort,
  listOfTab,
  type FollowerTab,
  type Presence,
  type SortColumn,
} from "./filters";
import { FollowerGrid } from "./follower-grid";
import { IgnoreList, setIgnored } from "./ignore-list";
import { LostReasonChecks } from "./lost-reason-checks";
import { useFollowerList } from "./use-follower-list";

const presenceOptions: { value: Presence; label: string }[] = [
  { value: "all", label: "All" },
  { value: "new", label: "Only new" },
  { value: "lost", label: "Only lost" },
];

type FollowerListProps = { username: string; accountId: string; tab: FollowerTab; initialPresence?: Presence; onIgnoredChange?: () => void };

/**
 * One tab's list: search, new/lost filter, sortable virtualised grid with infinite scroll, bulk actions on the rows
 * picked, and its exports. Search, filter and sort live in the URL (`q`, `show`, `sort`), so reload and Back keep them.
 */
export function FollowerList({ username, accountId, tab, initialPresence = "all", onIgnoredChange }: FollowerListProps) {
  const [urlSearch, setUrlSearch] = useUrlState("q", "");
  const [search, setSearch] = useState(urlSearch);
  const updateUrl = useUrlUpdate();
  const presence = initialPresence;
  const [whyParam, setWhyParam] = useUrlState("why", "");
  const why = isLostReason(whyParam) ? whyParam : null;
  const [sortParam, setSortParam] = useUrlState("sort", "");
  const sort = parseSort(sortParam) ?? (presence === "lost" ? { column: "lostAt", direction: "DESC" } : defaultFollowerSort);
  const setSort = (next: FollowerSort | ((current: FollowerSort) => FollowerSort)) => {
    const value = typeof next === "function" ? next(sort) : next;
    setSortParam(value === defaultFollowerSort ? "" : `${value.column}.${value.direction}`);
  };
  const selection = useSelection<number>();
  const [status, setStatus] = useState("");
  const [ignoreVersion, setIgnoreVersion] = useState(0);
  const debouncedSearch = useDebounced(search);
  useEffect(() => {
    if (debouncedSearch !== urlSearch) setUrlSearch(debouncedSearch);
  }, [debouncedSearch, urlSearch, setUrlSearch]);
  const where = useMemo(() => followerWhere({ search: debouncedSearch, presence, why }), [debouncedSearch, presence, why]);
  const order = useMemo(() => followerOrder(sort), [sort]);
  const list = useFollowerList(username, tab, where, order);

  // Lost relations are read newest loss first (the default for that filter); leaving it drops a lost-date sort.
  const changePresence = (next: Presence) =>
    updateUrl({ show: next === "all" ? null : next, sort: next === "lost" || sort.column === "lostAt" ? null : sortParam, why: null });
  const chosen = list.nodes.filter((n) => selection.isSelected(n.pk));
  const ignore = async () => {
    setStatus(await setIgnored(accountId, chosen.map((c) => c.pk), true));
    selection.clear();
    list.reload();
    setIgnoreVersion((v) => v + 1);
    onIgnoredChange?.();
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
        {presence === "lost" && (
          <select
            aria-label="Why they left"
            value={why ?? ""}
            onChange={(e) => setWhyParam(e.target.value)}
            className="min-h-11 rounded-md border border-input bg-background px-3 text-sm"
          >
            <option value="">Any reason</option>
            {Object.entries(lostReasonLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
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
          list={listOfTab(tab)}
          busy={list.refreshing}
          isSelected={selection.isSelected}
          onToggle={(index, shift) => selection.toggle(list.nodes.map((n) => n.pk), index, shift)}
        />
      )}
      {list.error && list.nodes.length > 0 && <p role="alert" className="text-sm text-destructive">{list.error}</p>}
      <SelectionBar
        people={chosen.map((c) => ({ username: c.username, fullName: c.fullName }))}
        onClear={selection.clear}
        fileName={`${username}-${tab}-selection.csv`}
      >
        {tab === "notFollowingBack" && (
          <Button variant="outline" size="sm" onClick={ignore}>
            <EyeOff aria-hidden /> Ignore
          </Button>
        )}
      </SelectionBar>
      <p className="text-sm text-muted-foreground empty:hidden" aria-live="polite" data-testid="list-status">
        {status}
      </p>
      {tab === "notFollowingBack" && (
        <IgnoreList key={ignoreVersion} username={username} accountId={accountId} onChange={() => { list.reload(); onIgnoredChange?.(); }} />
      )}
      {presence === "lost" && <LostReasonChecks username={username} />}
      <ExportsPanel username={username} tab={tab} where={where} order={order} />
    </div>
  );
}

function parseSort(value: string): FollowerSort | null {
  const [column, direction] = value.split(".");
  const columns: SortColumn[] = ["username", "fullName", "firstSeenAt", "lostAt"];
  return columns.includes(column as SortColumn) && (direction === "ASC" || direction === "DESC") ? { column: column as SortColumn, direction } : null;
}
