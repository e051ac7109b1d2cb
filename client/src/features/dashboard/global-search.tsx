"use client";
import { BadgeCheck, Search } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { ErrorState } from "@/components/ui/states";
import type { AccountFilterInput, FollowerFilterInput, SearchProfileFragment } from "@/gql/graphql";
import { followersViewHref, instagramProfileUrl } from "@/features/followers/href";
import { formatCount } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { nameSearch } from "@/lib/search";
import { useDebounced } from "@/lib/use-debounced";
import { GlobalSearchQuery } from "./operations";

/** Tracked accounts and the profiles in their lists, by handle or full name. */
export function GlobalSearch() {
  const [term, setTerm] = useState("");
  const debounced = useDebounced(term.trim());
  const variables = useMemo(
    () => ({
      accountWhere: { or: nameSearch<AccountFilterInput>(debounced) ?? [] },
      profileWhere: { or: nameSearch<FollowerFilterInput>(debounced) ?? [] },
    }),
    [debounced],
  );
  const { data, error, loading, refetch } = useQuery(GlobalSearchQuery, variables, { skip: !debounced });
  const profiles = useMemo(() => uniqueProfiles(data), [data]);

  return (
    <Card className="flex flex-col gap-3" aria-labelledby="search-title">
      <h2 id="search-title" className="sr-only">
        Search
      </h2>
      <div className="relative">
        <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input
          type="search"
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          placeholder="Search accounts and profiles by handle or name"
          aria-label="Search accounts and profiles"
          className="pl-9"
        />
      </div>
      {debounced && (
        <div aria-live="polite" className="flex flex-col gap-3">
          {error ? (
            <ErrorState message={error} onRetry={refetch} />
          ) : loading && !data ? (
            <p className="text-sm text-muted-foreground">Searching…</p>
          ) : (
            <>
              <ResultGroup title="Tracked accounts" empty={!data?.matches?.nodes?.length}>
                {data?.matches?.nodes?.map((a) => (
                  <li key={a.id}>
                    <Link href={followersViewHref(a.username)} className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-accent">
                      <Avatar url={a.profilePicUrl} username={a.username} className="size-8" />
                      <span className="min-w-0 flex-1 truncate">
                        <span className="font-medium">@{a.username}</span>{" "}
                        <span className="text-muted-foreground">{a.fullName}</span>
                      </span>
                      <span className="text-xs text-muted-foreground">{formatCount(a.followerCount)} followers</span>
                    </Link>
                  </li>
                ))}
              </ResultGroup>
              <ResultGroup title="Profiles in their lists" empty={profiles.length === 0}>
                {profiles.map(({ profile, seenIn }) => (
                  <li key={profile.id}>
                    <a
                      href={instagramProfileUrl(profile.username)}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="flex min-h-11 items-center gap-3 rounded-md px-2 hover:bg-accent"
                    >
                      <Avatar url={profile.profilePicUrl} username={profile.username} className="size-8" />
                      <span className="min-w-0 flex-1 truncate">
                        <span className="font-medium">@{profile.username}</span>
                        {profile.isVerified && <BadgeCheck className="ml-1 inline size-4 text-primary" aria-label="Verified" role="img" />}{" "}
                        <span className="text-muted-foreground">{profile.fullName}</span>
                      </span>
                      <span className="hidden text-xs text-muted-foreground sm:inline">in @{seenIn}&apos;s lists</span>
                      <span className="sr-only">(opens Instagram in a new tab)</span>
                    </a>
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

type SearchData = {
  lists?: {
    nodes?:
      | { username: string; followers?: { nodes?: SearchProfileFragment[] | null } | null; following?: { nodes?: SearchProfileFragment[] | null } | null }[]
      | null;
  } | null;
};

function uniqueProfiles(data: SearchData | undefined) {
  const seen = new Map<string, { profile: SearchProfileFragment; seenIn: string }>();
  for (const account of data?.lists?.nodes ?? [])
    for (const profile of [...(account.followers?.nodes ?? []), ...(account.following?.nodes ?? [])])
      if (!seen.has(profile.id)) seen.set(profile.id, { profile, seenIn: account.username });
  return [...seen.values()].slice(0, 10);
}
