"use client";
import { CheckCheck, Undo2 } from "lucide-react";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Segmented } from "@/components/ui/radio-group";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { SelectBox } from "@/features/selection/select-box";
import { SelectionBar } from "@/features/selection/selection-bar";
import { useSelection } from "@/features/selection/use-selection";
import type { ChangeKind, FollowList } from "@/gql/graphql";
import { cn } from "@/lib/cn";
import { formatCount, formatDate } from "@/lib/format";
import { errorMessage, request } from "@/lib/graphql/request";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { useConnection } from "@/lib/graphql/use-connection";
import { useUrlState } from "@/lib/use-url-state";
import { CompareView } from "./compare-view";
import { ChangeHistoryQuery, MarkChangesReviewedMutation } from "./operations";
import { PersonLink } from "./person-link";
import { dayRange } from "./range";

const listOptions: { value: FollowList; label: string }[] = [
  { value: "FOLLOWERS", label: "Followers" },
  { value: "FOLLOWING", label: "Following" },
];
const kindOptions: { value: "ALL" | ChangeKind; label: string }[] = [
  { value: "ALL", label: "New and lost" },
  { value: "NEW", label: "New" },
  { value: "LOST", label: "Lost" },
];

/** Every new and lost person of one list, crawl by crawl, filterable by date; bulk review; and a two-crawl comparison. */
export function HistoryView({ username, accountId }: { username: string; accountId: string }) {
  const [list, setList] = useUrlState("hlist", "FOLLOWERS");
  const [kind, setKind] = useUrlState("hkind", "ALL");
  const [from, setFrom] = useUrlState("from", "");
  const [to, setTo] = useUrlState("to", "");
  const [hideReviewed, setHideReviewed] = useUrlState("open", "");
  const [status, setStatus] = useState("");
  const selection = useSelection<string>();
  const range = dayRange(from, to);
  const variables = useMemo(
    () => ({
      username,
      list: list as FollowList,
      kind: kind === "ALL" ? null : (kind as ChangeKind),
      ...range,
      where: hideReviewed ? { reviewed: { eq: false } } : null,
      first: 100,
    }),
    // range is rebuilt each render; its two strings are the dependency
    [username, list, kind, range.from, range.to, hideReviewed],
  );
  const changes = useConnection(ChangeHistoryQuery, variables, (r) => r.account?.changes);
  const ids = changes.nodes.map((n) => n.id);
  const chosen = changes.nodes.filter((n) => selection.isSelected(n.id));

  const markReviewed = async (reviewed: boolean) => {
    try {
      const result = await request(MarkChangesReviewedMutation, { input: { accountId, ids: chosen.map((c) => c.id), reviewed } });
      const problem = payloadErrors(result.markChangesReviewed.errors);
      setStatus(problem ?? `${formatCount(result.markChangesReviewed.updatedCount)} marked ${reviewed ? "reviewed" : "unreviewed"}.`);
      selection.clear();
      changes.reload();
    } catch (error) {
      setStatus(errorMessage(error));
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2 md:flex-row md:flex-wrap md:items-end">
        <Segmented label="List" value={list as FollowList} onChange={setList} options={listOptions} />
        <Segmented label="Changes" value={kind as "ALL" | ChangeKind} onChange={setKind} options={kindOptions} />
        <label className="flex flex-col text-xs text-muted-foreground">
          From
          <Input type="date" value={from} max={to || undefined} onChange={(e) => setFrom(e.target.value)} aria-label="From date" />
        </label>
        <label className="flex flex-col text-xs text-muted-foreground">
          To
          <Input type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} aria-label="To date" />
        </label>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" className="size-4 accent-primary" checked={!!hideReviewed} onChange={(e) => setHideReviewed(e.target.checked ? "1" : "")} />
          Hide reviewed
        </label>
      </div>
      <div className="flex items-center gap-2 text-sm text-muted-foreground">
        {changes.nodes.length > 0 && (
          <SelectBox
            checked={chosen.length > 0 && chosen.length === changes.nodes.length}
            label="Select all loaded entries"
            onToggle={() => (chosen.length === changes.nodes.length ? selection.clear() : selection.setAll(ids))}
          />
        )}
        <span aria-live="polite" data-testid="history-count">
          {changes.totalCount === undefined ? "" : `${formatCount(changes.totalCount)} ${changes.totalCount === 1 ? "change" : "changes"}`}
        </span>
      </div>
      {changes.error && changes.nodes.length === 0 ? (
        <ErrorState message={changes.error} onRetry={changes.reload} />
      ) : changes.loading && changes.nodes.length === 0 ? (
        <LoadingState label="Loading history…" />
      ) : changes.nodes.length === 0 ? (
        <EmptyState title="No changes here">
          {from || to || kind !== "ALL" ? "Nothing matches these filters." : "The first complete crawl is the baseline; changes appear from the second on."}
        </EmptyState>
      ) : (
        <ul className={cn("flex flex-col divide-y rounded-lg border bg-card", changes.refreshing && "opacity-60")} aria-label="Changes" data-testid="history-list">
          {changes.nodes.map((change, index) => (
            <li key={change.id} className={cn("flex items-center gap-3 px-3", change.reviewed && "opacity-60")} data-testid="history-entry">
              <SelectBox
                checked={selection.isSelected(change.id)}
                label={`Select @${change.username}`}
                onToggle={(shift) => selection.toggle(ids, index, shift)}
              />
              <PersonLink {...change} />
              {change.reviewed && <span className="hidden text-xs text-muted-foreground sm:inline">reviewed</span>}
              <Badge tone={change.kind === "LOST" ? "danger" : "success"}>{change.kind === "LOST" ? "lost" : "new"}</Badge>
              <time dateTime={change.at} className="w-20 shrink-0 text-right text-xs text-muted-foreground tabular-nums">
                {formatDate(change.at)}
              </time>
            </li>
          ))}
        </ul>
      )}
      {changes.hasNextPage && (
        <Button variant="outline" onClick={changes.loadMore} className="self-center">
          Load more
        </Button>
      )}
      <SelectionBar
        people={chosen.map((c) => ({ username: c.username, fullName: c.fullName, profileUrl: c.profileUrl, note: `${c.kind.toLowerCase()} ${c.at.slice(0, 10)}` }))}
        onClear={selection.clear}
        fileName={`${username}-changes.csv`}
      >
        <Button variant="outline" size="sm" onClick={() => markReviewed(true)}>
          <CheckCheck aria-hidden /> Mark reviewed
        </Button>
        <Button variant="outline" size="sm" onClick={() => markReviewed(false)}>
          <Undo2 aria-hidden /> Mark unreviewed
        </Button>
      </SelectionBar>
      <p className="text-sm text-muted-foreground empty:hidden" aria-live="polite" data-testid="history-status">
        {status}
      </p>
      <CompareView username={username} list={list as FollowList} />
    </div>
  );
}
