"use client";
import { BadgeCheck, ExternalLink, Lock } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, ErrorState, LoadingState } from "@/components/ui/states";
import { followersViewHref } from "@/features/followers/href";
import type { ProfileStoryQuery as ProfileStoryResult } from "@/gql/graphql";
import { formatDate } from "@/lib/format";
import { useQuery } from "@/lib/graphql/use-query";
import { ProfileStoryQuery } from "./operations";
import { describeSince, describeStep } from "./story";

type Relation = NonNullable<ProfileStoryResult["profile"]>["relations"][number];

/** One person: how they relate to each tracked account now, and when they came, left and came back. */
export function PersonView() {
  const params = useSearchParams();
  const raw = params.get("pk") ?? "";
  const pk = /^\d{1,19}$/.test(raw) ? raw : "";
  const username = pk ? "" : (params.get("u") ?? "").trim();
  const story = useQuery(ProfileStoryQuery, pk ? { pk: Number(pk) } : { username }, { skip: !pk && !username });

  if (!pk && !username) return <EmptyState title="No person chosen">Open someone from a list, the history or the search.</EmptyState>;
  if (story.error) return <ErrorState message={story.error} onRetry={story.refetch} />;
  if (!story.data) return <LoadingState label="Loading person…" />;
  const person = story.data.profile;
  if (!person)
    return pk ? (
      <EmptyState title="Nobody with this id was seen">No crawl has listed Instagram user {pk}.</EmptyState>
    ) : (
      <EmptyState title="Nobody with this username was seen">No crawl or import has listed @{username}.</EmptyState>
    );

  return (
    <div className="flex flex-col gap-5">
      <PageHeader
        title={`@${person.username}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Avatar url={person.profilePicUrl} username={person.username} className="size-8" />
            {person.fullName || "No name"}
            {person.isVerified && <BadgeCheck className="size-4 text-primary" aria-label="Verified" role="img" />}
            {person.isPrivate && <Lock className="size-3.5 text-muted-foreground" aria-label="Private" role="img" />}
          </span>
        }
        actions={
          <Button variant="outline" asChild>
            <a href={person.profileUrl} target="_blank" rel="noopener noreferrer">
              <ExternalLink aria-hidden /> Open on Instagram
            </a>
          </Button>
        }
      />
      {person.relations.length === 0 ? (
        <EmptyState title="In no tracked account's lists">They were seen once but are in no list now.</EmptyState>
      ) : (
        person.relations.map((relation) => <RelationCard key={relation.account.id} relation={relation} />)
      )}
    </div>
  );
}

function RelationCard({ relation }: { relation: Relation }) {
  const { account } = relation;
  return (
    <Card className="flex flex-col gap-3" aria-labelledby={`relation-${account.id}`} data-testid="relation">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`relation-${account.id}`} className="font-semibold">
          <Link
            href={followersViewHref(account.username)}
            className="hover:underline pointer-coarse:inline-flex pointer-coarse:min-h-11 pointer-coarse:min-w-11 pointer-coarse:items-center"
          >
            @{account.username}
          </Link>
        </h2>
        {relation.mutual ? (
          <Badge tone="success">Mutual</Badge>
        ) : (
          <>
            {relation.followsAccount && <Badge tone="info">Follows @{account.username}</Badge>}
            {relation.followedByAccount && <Badge tone="info">Followed by @{account.username}</Badge>}
            {!relation.followsAccount && !relation.followedByAccount && <Badge tone="danger">No longer related</Badge>}
          </>
        )}
      </div>
      {(relation.followsAccountSince || relation.followedByAccountSince) && (
        <p className="flex flex-col gap-0.5 text-sm" data-testid="since">
          {relation.followsAccountSince && <span>{describeSince("FOLLOWERS", relation.followsAccountSince)}</span>}
          {relation.followedByAccountSince && <span>{describeSince("FOLLOWING", relation.followedByAccountSince)}</span>}
        </p>
      )}
      <ol className="flex flex-col gap-1 border-l pl-4 text-sm" aria-label={`History with @${account.username}`}>
        {relation.steps.map((step, i) => (
          <li key={`${step.list}-${step.at}-${i}`} className="flex flex-wrap gap-x-2">
            <time dateTime={step.at} className="text-muted-foreground tabular-nums">
              {formatDate(step.at)}
            </time>
            <span>{describeStep(step.list, step.kind, relation.steps.slice(0, i).filter((s) => s.list === step.list).length)}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
