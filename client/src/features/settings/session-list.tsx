"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/states";
import type { InstagramSessionsQuery as SessionsResult } from "@/gql/graphql";
import { formatDateTime } from "@/lib/format";
import { errorMessage, request } from "@/lib/graphql/request";
import { RemoveInstagramSessionMutation } from "./operations";
import { SessionPacing } from "./session-pacing";
import { SessionSurfaces } from "./session-surfaces";
import { SessionStatus } from "./session-status";

type Session = SessionsResult["instagramSessions"][number];

/** The connected sessions crawls draw from: each one's state, what to do about it, and a way to remove it. */
export function SessionList({ sessions, onChanged }: { sessions: readonly Session[]; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  if (sessions.length === 0) return null;

  const remove = async (id: string) => {
    try {
      const { removeInstagramSession } = await request(RemoveInstagramSessionMutation, { input: { id } });
      setError(removeInstagramSession.errors?.[0]?.message);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-col divide-y rounded-md border" aria-label="Connected sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-start justify-between gap-2 p-3" data-testid="connected-session">
            <div className="flex min-w-0 flex-col gap-1">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{session.label ?? (session.username ? `@${session.username}` : `User ${session.userId ?? "?"}`)}</span>
                <SessionStatus status={session.status} problem={session.problem} testId="connected-session-status" />
              </div>
              <p className="text-xs text-muted-foreground">
                {session.crawls} crawl{session.crawls === 1 ? "" : "s"}
                {session.lastCheckedAt ? ` · checked ${formatDateTime(session.lastCheckedAt)}` : " · not checked yet"}
                {session.blockedUntil ? ` · rests until ${formatDateTime(session.blockedUntil)}` : ""}
                {session.proxyHost ? ` · via ${session.proxyHost}` : ""}
              </p>
              {session.problem && <p className="text-sm text-destructive">{session.problem}</p>}
              <SessionSurfaces id={session.id} client={session.client} usesOtherSurfaces={session.usesOtherSurfaces} onSaved={onChanged} />
              <SessionPacing id={session.id} pacing={session.pacing} onSaved={onChanged} />
            </div>
            <Button variant="outline" size="sm" onClick={() => remove(session.id)} aria-label={`Remove session ${session.label ?? session.userId ?? ""}`}>
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <FormMessage error={error} />
    </div>
  );
}
