"use client";
import { FileArchive, Plus, Search } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { EmptyState, ErrorState, FormMessage, LoadingState } from "@/components/ui/states";
import { ImportArchiveDialog } from "@/features/imports/import-archive-dialog";
import { CrawlDialog } from "@/features/crawls/crawl-dialog";
import { formatCount } from "@/lib/format";
import { useConnection } from "@/lib/graphql/use-connection";
import { useDebounced } from "@/lib/use-debounced";
import { useSentinel } from "@/lib/use-sentinel";
import { AccountsTable } from "./accounts-table";
import { AccountListQuery } from "./operations";
import { rangeFrom } from "@/features/counts/ranges";
import { WatchAccountDialog } from "@/features/counts/watch-account-dialog";
import { accountOrder, accountWhere, defaultAccountSort, type AccountSort, type AccountSortColumn } from "./sorting";

export function AccountsPage() {
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<AccountSort>(defaultAccountSort);
  const [crawlTarget, setCrawlTarget] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string>();
  const [importing, setImporting] = useState(false);
  const debouncedSearch = useDebounced(search);
  const variables = useMemo(
    () => ({ first: 50, where: accountWhere(debouncedSearch), order: accountOrder(sort), countsFrom: rangeFrom("30d") }),
    [debouncedSearch, sort],
  );
  const list = useConnection(AccountListQuery, variables, (result) => result.accounts);
  const sentinel = useSentinel<HTMLDivElement>(list.loadMore, list.hasNextPage);

  const onSort = useCallback(
    (column: AccountSortColumn) =>
      setSort((current) =>
        current.column === column
          ? { column, direction: current.direction === "ASC" ? "DESC" : "ASC" }
          : { column, direction: column === "username" ? "ASC" : "DESC" },
      ),
    [],
  );
  const onRunCrawl = useCallback((username: string) => setCrawlTarget(username), []);

  return (
    <>
      <PageHeader
        title="Accounts"
        description={list.totalCount === undefined ? "Tracked Instagram accounts." : `${formatCount(list.totalCount)} tracked`}
        actions={
          <div className="flex flex-wrap gap-2">
            <WatchAccountDialog onWatched={list.reload} />
            <Button variant="outline" onClick={() => setImporting(true)}>
              <FileArchive aria-hidden />
              Import from Instagram
            </Button>
            <Button onClick={() => setCrawlTarget("")}>
              <Plus aria-hidden />
              New crawl
            </Button>
          </div>
        }
      />
      <div className="relative mb-4 max-w-sm">
        <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder="Search accounts"
          aria-label="Search accounts"
          className="pl-9"
        />
      </div>
      <div className="mb-3">
        <FormMessage error={actionError} />
      </div>
      {list.error && list.nodes.length === 0 ? (
        <ErrorState message={list.error} onRetry={list.reload} />
      ) : list.loading && list.nodes.length === 0 ? (
        <LoadingState label="Loading accounts…" />
      ) : list.nodes.length === 0 ? (
        <EmptyState title={search ? "No account matches" : "No accounts tracked yet"}>
          {!search && "Start with New crawl (any @username or profile link), or Import from Instagram for your own account."}
        </EmptyState>
      ) : (
        <AccountsTable
          accounts={list.nodes}
          sort={sort}
          onSort={onSort}
          onRunCrawl={onRunCrawl}
          onChanged={list.reload}
          onError={setActionError}
        />
      )}
      <div ref={sentinel} aria-hidden className="h-1" />
      {list.loading && list.nodes.length > 0 && <LoadingState label="Loading more…" />}
      <CrawlDialog
        open={crawlTarget !== null}
        onOpenChange={(open) => {
          if (open) return;
          setCrawlTarget(null);
          list.reload();
        }}
        initialTarget={crawlTarget ?? ""}
      />
      <ImportArchiveDialog open={importing} onOpenChange={setImporting} onImported={list.reload} />
    </>
  );
}
