"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label, Textarea } from "@/components/ui/input";
import { FormMessage } from "@/components/ui/states";
import { errorMessage, request } from "@/lib/graphql/request";
import { ImportSessionMutation } from "./operations";
import { sessionStep } from "./session-outcome";

export function ImportSessionForm({ onConnected }: { onConnected: () => void }) {
  const [cookie, setCookie] = useState("");
  const [label, setLabel] = useState("");
  const [proxy, setProxy] = useState("");
  const [error, setError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSuccess(undefined);
    try {
      const { importSession } = await request(ImportSessionMutation, { input: { sessionId: cookie.trim(), label: label.trim() || null, proxy: proxy.trim() || null } });
      const step = sessionStep(importSession);
      if (step.kind === "connected") {
        setCookie("");
        setLabel("");
        setProxy("");
        const session = importSession.session;
        setSuccess(session?.status === "HEALTHY" ? "Session checked with Instagram and imported." : session?.problem ? `Session imported. ${session.problem}` : "Session imported.");
        onConnected();
      } else setError(step.kind === "error" ? step.message : "Instagram asks for a code: log in with your password instead.");
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-2">
      <Label htmlFor="session-cookie">Session cookie</Label>
      <Textarea
        id="session-cookie"
        value={cookie}
        onChange={(e) => setCookie(e.target.value)}
        placeholder="sessionid value, or the whole Cookie header from instagram.com"
        autoComplete="off"
        spellCheck={false}
        required
      />
      <p className="text-xs text-muted-foreground">
        In a browser logged in to instagram.com: developer tools → Application → Cookies → <code>sessionid</code>.
        It is stored encrypted in the data folder and never shown again.
      </p>
      <Label htmlFor="session-label">Label (optional)</Label>
      <Input id="session-label" value={label} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. brand account" maxLength={60} />
      <Label htmlFor="session-proxy">Proxy for this session (optional)</Label>
      <Input
        id="session-proxy"
        value={proxy}
        onChange={(e) => setProxy(e.target.value)}
        placeholder="http://host:port"
        autoComplete="off"
        spellCheck={false}
      />
      <FormMessage error={error} success={success} />
      <Button type="submit" disabled={busy || !cookie.trim()} className="self-start">
        {busy ? "Importing…" : "Import session"}
      </Button>
    </form>
  );
}
