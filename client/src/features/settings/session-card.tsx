"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Segmented } from "@/components/ui/radio-group";
import { ErrorState, FormMessage, LoadingState } from "@/components/ui/states";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { ImportSessionForm } from "./import-session-form";
import { LoginForm } from "./login-form";
import { InstagramSessionQuery, InstagramSessionsQuery, LogOutMutation } from "./operations";
import { ServerPacing } from "./server-pacing";
import { SessionList } from "./session-list";
import { SessionStatus } from "./session-status";

type Method = "cookie" | "password";

export function SessionCard() {
  const session = useQuery(InstagramSessionQuery, {});
  const pool = useQuery(InstagramSessionsQuery, {});
  const refetch = () => {
    session.refetch();
    pool.refetch();
  };
  const [method, setMethod] = useState<Method>("cookie");
  const [logOutError, setLogOutError] = useState<string>();

  const logOut = async () => {
    try {
      await request(LogOutMutation, {});
      refetch();
    } catch (e) {
      setLogOutError(errorMessage(e));
    }
  };

  return (
    <Card aria-labelledby="session-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <CardTitle id="session-title">Instagram session</CardTitle>
          <CardDescription>
            Crawls use your own logged-in session: Instagram shows follower lists only to one. Connect several accounts and
            each crawl takes the least used one that works.
          </CardDescription>
        </div>
        {session.data && (
          <SessionStatus status={session.data.instagramSession.status} userId={session.data.instagramSession.userId} problem={session.data.instagramSession.problem} />
        )}
      </div>
      {session.error ? (
        <ErrorState message={session.error} onRetry={session.refetch} />
      ) : !session.data ? (
        <LoadingState label="Checking session…" />
      ) : (
        <>
          {pool.data && <SessionList sessions={pool.data.instagramSessions} onChanged={refetch} />}
          <ServerPacing />
          {session.data.instagramSession.connected && (
            <div className="flex flex-col gap-2">
              <Button variant="outline" onClick={logOut} className="self-start">
                Log out of all
              </Button>
              <FormMessage error={logOutError} />
            </div>
          )}
          <Segmented
            label="How to connect"
            value={method}
            onChange={setMethod}
            options={[
              { value: "cookie", label: "Import cookie" },
              { value: "password", label: "Log in" },
            ]}
            className="self-start"
          />
          {method === "cookie" ? <ImportSessionForm onConnected={refetch} /> : <LoginForm onConnected={refetch} />}
        </>
      )}
    </Card>
  );
}
