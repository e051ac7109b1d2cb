"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PersonLink } from "@/features/history/person-link";
import { formatCount } from "@/lib/format";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { IgnoredProfilesQuery, IgnoreProfilesMutation } from "./ignore-operations";

/** Adds people to, or takes them off, the account's ignore list; resolves to a message for the user. */
export async function setIgnored(accountId: string, pks: number[], ignored: boolean): Promise<string> {
  try {
    const result = await request(IgnoreProfilesMutation, { input: { accountId, pks, ignored } });
    return payloadErrors(result.ignoreProfiles.errors) ?? `${formatCount(pks.length)} ${ignored ? "ignored: left out of Not following back" : "back in Not following back"}.`;
  } catch (error) {
    return errorMessage(error);
  }
}

/** Remount it (a new `key`) to reload after the list changed elsewhere. The people this account leaves out of "Not following back", each with a way back in. */
export function IgnoreList({ username, accountId, onChange }: { username: string; accountId: string; onChange: () => void }) {
  const ignored = useQuery(IgnoredProfilesQuery, { username });
  const [status, setStatus] = useState("");
  const people = ignored.data?.account?.ignoredProfiles ?? [];
  if (people.length === 0) return null;
  return (
    <details className="rounded-lg border bg-card p-3" data-testid="ignore-list">
      <summary className="min-h-11 cursor-pointer content-center text-sm font-medium">Ignored ({formatCount(people.length)})</summary>
      <ul className="mt-2 flex flex-col">
        {people.map((p) => (
          <li key={p.pk} className="flex items-center gap-2">
            <PersonLink {...p} />
            <Button
              variant="outline"
              size="sm"
              onClick={async () => {
                setStatus(await setIgnored(accountId, [p.pk], false));
                ignored.refetch();
                onChange();
              }}
            >
              Stop ignoring
            </Button>
          </li>
        ))}
      </ul>
      <p className="text-xs text-muted-foreground empty:hidden" aria-live="polite">
        {status}
      </p>
    </details>
  );
}
