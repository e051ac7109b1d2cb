"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PendingNote } from "@/components/ui/pending-note";
import { Segmented } from "@/components/ui/radio-group";
import { ErrorState, FormMessage, LoadingState } from "@/components/ui/states";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { ImportSessionForm } from "./import-session-form";
import { LoginForm } from "./login-form";
import { InstagramSessionQuery, LogOutMutation } from "./operations";
import { SessionStatus } from "./session-status";

type Method = "cookie" | "password";

export function SessionCard() {
  const session = useQuery(InstagramSessionQuery, {});
  const [method, setMethod] = useState<Method>("cookie");
  const [logOutError, setLogOutError] = useState<string>();

  const logOut = async () => {
    try {
      await request(LogOutMutation, {});
      session.refetch();
    } catch (e) {
      setLogOutError(errorMessage(e));
    }
  };

  return (
    <Card aria-labelledby="session-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <CardTitle id="session-title">Instagram session</CardTitle>
          <CardDescription>Crawls use your own logged-in session: Instagram shows follower lists only to one.</CardDescription>
        </div>
        {session.data && (
          <SessionStatus connected={session.data.instagramSession.connected} userId={session.data.instagramSession.userId} />
        )}
      </div>
      {session.error ? (
        <ErrorState message={session.error} onRetry={session.refetch} />
      ) : !session.data ? (
        <LoadingState label="Checking session…" />
      ) : (
        <>
          {session.data.instagramSession.connected && (
            <div className="flex flex-col gap-2">
              <Button variant="outline" onClick={logOut} className="self-start">
                Log out
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
          {method === "cookie" ? <ImportSessionForm onConnected={session.refetch} /> : <LoginForm onConnected={session.refetch} />}
          <PendingNote>Expired and checkpoint states show here once the API reports them; a failed crawl says so today.</PendingNote>
        </>
      )}
    </Card>
  );
}
