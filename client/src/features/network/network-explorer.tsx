"use client";
import { Search, X } from "lucide-react";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { EmptyState, ErrorState } from "@/components/ui/states";
import { followersViewHref, instagramProfileUrl } from "@/features/followers/href";
import { formatCount } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { fewNodesNote, relations, visibleGraph, type Relation } from "./graph-data";
import { NetworkQuery } from "./operations";

// sigma, graphology and the layout worker load only on this page.
const NetworkGraph = dynamic(() => import("./network-graph"), { ssr: false, loading: () => <Skeleton className="h-full w-full" /> });

const maxNodes = 5000;

export function NetworkExplorer() {
  const [minShared, setMinShared] = useState(2);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [shown, setShown] = useState<Set<Relation>>(() => new Set(relations.map((r) => r.id)));
  const [selected, setSelected] = useState<string | null>(null);
  const [find, setFind] = useState("");
  const [rendered, setRendered] = useState(0);
  const variables = useMemo(() => ({ accounts: chosen, minShared, maxNodes }), [chosen, minShared]);
  const { data, error, refetch } = useQuery(NetworkQuery, variables);
  const graph = useMemo(() => (data ? visibleGraph(data.network, shown) : null), [data, shown]);
  const onReady = useCallback((order: number) => setRendered(order), []);

  const accounts = data?.accounts?.nodes ?? [];
  const node = selected ? data?.network.nodes.find((n) => n.id === selected) : undefined;
  const nodeEdges = node ? (data?.network.edges ?? []).filter((e) => e.source === node.id || e.target === node.id) : [];
  const nameOf = (id: string) => data?.network.nodes.find((n) => n.id === id)?.username ?? "?";

  const focusSearch = () => {
    const term = find.trim().replace(/^@/, "").toLowerCase();
    const match = term && graph?.nodes.find((n) => n.username.toLowerCase().includes(term));
    setSelected(match ? match.id : null);
  };

  const toggleAccount = (id: string) => {
    const all = accounts.map((a) => a.id);
    const current = new Set(chosen ?? all);
    if (current.has(id)) current.delete(id);
    else current.add(id);
    setChosen(current.size === all.length ? null : [...current]);
  };

  const toggleRelation = (id: Relation) =>
    setShown((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  if (error) return <ErrorState message={error} onRetry={refetch} />;
  return (
    <div className="grid gap-4 lg:grid-cols-[16rem_1fr]">
      <Card className="flex flex-col gap-4" aria-label="Filters">
        <form
          className="flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            focusSearch();
          }}
        >
          <Input value={find} onChange={(e) => setFind(e.target.value)} placeholder="Find a handle" aria-label="Find a handle in the graph" />
          <Button type="submit" variant="outline" size="icon" aria-label="Focus">
            <Search aria-hidden />
          </Button>
        </form>
        <div className="flex flex-col gap-1">
          <Label htmlFor="min-shared">Shared by at least</Label>
          <select id="min-shared" value={minShared} onChange={(e) => setMinShared(Number(e.target.value))} className="min-h-11 rounded-md border bg-card px-2 text-sm">
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n} account{n > 1 ? "s" : ""}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">Relations</legend>
          {relations.map((r) => (
            <label key={r.id} className="flex min-h-9 items-center gap-2 text-sm pointer-coarse:min-h-11">
              <input type="checkbox" checked={shown.has(r.id)} onChange={() => toggleRelation(r.id)} className="size-4" />
              <span className="size-3 rounded-full" style={{ background: r.color }} aria-hidden />
              {r.label}
            </label>
          ))}
          <p className="text-xs text-muted-foreground">Lines take the relation&apos;s colour; dots are coloured by community (people who cluster together).</p>
        </fieldset>
        <fieldset className="flex max-h-48 flex-col gap-1 overflow-auto">
          <legend className="text-sm font-medium">Accounts</legend>
          {accounts.map((a) => (
            <label key={a.id} className="flex min-h-9 items-center gap-2 text-sm pointer-coarse:min-h-11">
              <input type="checkbox" checked={chosen === null || chosen.includes(a.id)} onChange={() => toggleAccount(a.id)} className="size-4" />
              @{a.username}
            </label>
          ))}
        </fieldset>
      </Card>
      <div className="flex min-w-0 flex-col gap-3">
        <p className="text-sm text-muted-foreground" aria-live="polite" data-testid="network-count">
          {data
            ? `Showing ${formatCount(graph?.nodes.length ?? 0)} of ${formatCount(data.network.totalNodeCount)} nodes · ${formatCount(graph?.edges.length ?? 0)} of ${formatCount(data.network.totalEdgeCount)} edges${data.network.truncated ? " (capped: raise “shared by” to see the strongest ties)" : ""}`
            : "Loading the network…"}
        </p>
        {graph && fewNodesNote(graph.nodes.length, graph.nodes.filter((n) => n.isTrackedAccount).length, minShared) && (
          <p className="rounded-md border bg-muted/40 p-3 text-sm" data-testid="network-explainer">
            {fewNodesNote(graph.nodes.length, graph.nodes.filter((n) => n.isTrackedAccount).length, minShared)}
          </p>
        )}
        <Card className="relative h-[60vh] min-h-80 p-0 sm:p-0" aria-label="Network graph" data-testid="network-graph" data-rendered-nodes={rendered}>
          {!graph ? (
            <Skeleton className="h-full w-full" />
          ) : graph.nodes.length === 0 ? (
            <div className="p-4">
              <EmptyState title="No tracked accounts yet">Track and crawl accounts to see who they share.</EmptyState>
            </div>
          ) : (
            <NetworkGraph nodes={graph.nodes} edges={graph.edges} focus={selected} onSelect={setSelected} onReady={onReady} />
          )}
          {node && (
            <div className="absolute right-2 bottom-2 left-2 rounded-lg border bg-card p-3 shadow-lg sm:left-auto sm:w-72" data-testid="node-card">
              <div className="flex items-start gap-3">
                <Avatar url={node.profilePicUrl} username={node.username} className="size-10" />
                <div className="min-w-0 flex-1">
                  <CardTitle className="truncate">@{node.username}</CardTitle>
                  <p className="truncate text-sm text-muted-foreground">{node.fullName || (node.isTrackedAccount ? "Tracked account" : "Profile")}</p>
                </div>
                <Button variant="ghost" size="icon" aria-label="Close" onClick={() => setSelected(null)}>
                  <X aria-hidden />
                </Button>
              </div>
              <ul className="mt-2 max-h-28 overflow-auto text-sm" tabIndex={0} aria-label="Relations">
                {nodeEdges.slice(0, 20).map((e) => (
                  <li key={`${e.source}-${e.target}`}>
                    {relations.find((r) => r.id === e.relation)?.label}: @{nameOf(node.isTrackedAccount ? e.target : e.source)}
                  </li>
                ))}
              </ul>
              <div className="mt-2 flex flex-wrap gap-2 text-sm">
                {node.isTrackedAccount ? (
                  <Link className="underline" href={followersViewHref(node.username)}>
                    Lists of @{node.username}
                  </Link>
                ) : (
                  nodeEdges.map((e) => (
                    <Link key={e.source} className="underline" href={followersViewHref(nameOf(e.source), e.relation === "FOLLOWS" ? "following" : "followers")}>
                      in @{nameOf(e.source)}
                    </Link>
                  ))
                )}
                <a className="underline" href={instagramProfileUrl(node.username)} target="_blank" rel="noopener noreferrer">
                  Instagram
                </a>
              </div>
            </div>
          )}
        </Card>
      </div>
    </div>
  );
}
