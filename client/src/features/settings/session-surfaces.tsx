"use client";
import { useState } from "react";
import { Switch } from "@/components/ui/switch";
import { FormMessage } from "@/components/ui/states";
import type { SessionClient } from "@/gql/graphql";
import { errorMessage, request } from "@/lib/graphql/request";
import { SetSessionSurfacesMutation } from "./operations";

const risk: Record<SessionClient, string> = {
  BROWSER:
    "Instagram may answer a browser's session on the app's surfaces with login_required and log that browser out. Leave this off unless you accept that.",
  APP: "The web's follower dialog reads 12 people a request, and Instagram logs out accounts whose dialog is read fast and evenly.",
};

/** Which client a session is, and the one switch that lets it cross to the other client's surfaces, with the risk named. */
export function SessionSurfaces({ id, client, usesOtherSurfaces, onSaved }: { id: string; client: SessionClient; usesOtherSurfaces: boolean; onSaved: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const other = client === "APP" ? "the browser's" : "the app's";

  const set = async (on: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const { setSessionSurfaces } = await request(SetSessionSurfacesMutation, { input: { id, usesOtherSurfaces: on } });
      setError(setSessionSurfaces.errors?.[0]?.message);
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-1" data-testid="session-surfaces">
      <p className="text-xs text-muted-foreground">{client === "APP" ? "Logged in as the Instagram app" : "A browser session"}: reads lists only as that client does.</p>
      <label className="flex items-center gap-2 text-sm">
        <Switch checked={usesOtherSurfaces} onCheckedChange={(on) => void set(on)} disabled={busy} aria-label={`Also use ${other} surfaces`} />
        Also use {other} surfaces when its own fail
      </label>
      <p className={usesOtherSurfaces ? "text-xs text-destructive" : "text-xs text-muted-foreground"}>{risk[client]}</p>
      <FormMessage error={error} />
    </div>
  );
}
