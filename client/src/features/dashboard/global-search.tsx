"use client";
import { BadgeCheck, Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { ErrorState } from "@/components/ui/states";
import { followersViewHref } from "@/features/followers/href";
import { profileViewHref } from "@/features/profiles/href";
import { formatCount } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { useDebounced } from "@/lib/use-debounced";
import { GlobalSearchQuery } from "./operations";
import { moveResultFocus } from "./result-keys";
import { searchInputId, takeSearchFocusRequest } from "./search-shortcut";

/** One box over tracked accounts and every stored profile (`search`: FTS5 trigram on the server). Press / or Ctrl+K. */
export function GlobalSearch() {
  const [term, setTerm] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const debounced = useDebounced(term.trim());
  const { data, error, loading, refetch } = useQuery(GlobalSearchQuery, { text: debounced }, { skip: !debounced });
  useEffect(() => {
    if (takeSearchFocusRequest()) input.current?.focus();
  }, []);

  return (
    <Card className="flex flex-col gap-3" aria-labelledby="search-title" onKeyDown={moveResultFocus}>
      <h2 id="search-title" className="sr-only">
        Search
      </h2>
      <div className="relative">
        <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          id={searchInputId}
          ref={input}
          type="search"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") setTerm("");
            // Enter opens the first result, as the highlighted one would.
            if (e.key === "Enter") e.currentTarget.closest("section")?.querySelector<HTMLAnchorElement>("a[data-result]")?.click();
          }}
          placeholder="Search handle or name"
          aria-label="Search accounts and profiles"
          aria-keyshortcuts="/ Control+K"
          className="pr-16 pl-9"
        />
        <kbd className="pointer-events-none absolute top-1/2 right-3 hidden -translate-y-1/2 rounded border px-1.5 text-xs text-muted-foreground sm:block">/</kbd>
      </div>
      {debounced && (
        <div aria-live="polite" className="flex flex-col gap-3" data-testid="search-results">
          {error ? (
            <ErrorState message={error} onRetry={refetch} />
          ) : loading && !data ? (
            <p className="text-sm text-muted-foreground">Searching…</p>
          ) : (
            <>
              <ResultGroup title="Tracked accounts" empty={!data?.search.accounts.length}>
                {data?.search.accounts.map((a) => (
                  <li key={a.id}>
                    <Link
                      href={followersViewHref(a.username)}
                      data-result
                      className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-accent focus-visible:bg-accent"
                    >
                      <Avatar url={a.profilePicUrl} username={a.username} className="size-8" />
                      <span className="min-w-0 flex-1 truncate">
                        <span className="font-medium">@{a.username}</span> <span className="text-muted-foreground">{a.fullName}</span>
                      </span>
                      <span className="text-xs text-muted-foreground">{formatCount(a.followerCount)} followers</span>
                    </Link>
                  </li>
                ))}
              </ResultGroup>
              <ResultGroup title="Profiles" empty={!data?.search.profiles.length}>
                {data?.search.profiles.map((p) => (
                  <li key={p.id}>
                    <Link href={profileViewHref(p.pk, p.username)} data-result className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-accent focus-visible:bg-accent">
                      <Avatar url={p.profilePicUrl} username={p.username} className="size-8" />
                      <span className="min-w-0 flex-1 truncate">
                        <span className="font-medium">@{p.username}</span>
                        {p.isVerified && <BadgeCheck className="ml-1 inline size-4 text-primary" aria-label="Verified" role="img" />}{" "}
                        <span className="text-muted-foreground">{p.fullName}</span>
                      </span>
                    </Link>
                  </li>
                ))}
              </ResultGroup>
            </>
          )}
        </div>
      )}
    </Card>
  );
}

function ResultGroup({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  return (
    <section>
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-muted-foreground uppercase">{title}</h3>
      {empty ? <p className="px-2 text-sm text-muted-foreground">No match.</p> : <ul>{children}</ul>}
    </section>
  );
}
