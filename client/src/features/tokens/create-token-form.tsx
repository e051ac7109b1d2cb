"use client";
import { Copy } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { FormMessage } from "@/components/ui/states";
import type { ApiTokenScope } from "@/gql/graphql";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { CreateApiTokenMutation } from "./operations";

const scopes: { scope: ApiTokenScope; label: string; hint: string }[] = [
  { scope: "READ", label: "Read", hint: "queries, live progress, exports" },
  { scope: "CRAWL", label: "Crawl", hint: "start and cancel crawls, track accounts" },
  { scope: "ADMIN", label: "Admin", hint: "sessions, backups, tokens" },
];

/** Names a token, picks its scopes and expiry, and shows its secret once. */
export function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<ApiTokenScope[]>(["READ"]);
  const [expires, setExpires] = useState("");
  const [secret, setSecret] = useState<string>();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSecret(undefined);
    setCopied(false);
    try {
      const expiresAt = expires ? new Date(`${expires}T23:59:59`).toISOString() : null;
      const { createApiToken } = await request(CreateApiTokenMutation, { input: { name: name.trim(), scopes: chosen, expiresAt } });
      const problem = payloadErrors(createApiToken.errors);
      if (problem || !createApiToken.secret) setError(problem ?? "The token was not created.");
      else {
        setSecret(createApiToken.secret);
        setName("");
        onCreated();
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!secret) return;
    await navigator.clipboard?.writeText(secret);
    setCopied(true);
  };

  const toggle = (scope: ApiTokenScope) =>
    setChosen((current) => (current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope]));

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-label="New API token">
      <Label htmlFor="token-name">Name</Label>
      <Input id="token-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Home Assistant" maxLength={80} required />
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 text-sm font-medium">Scopes</legend>
        {scopes.map(({ scope, label, hint }) => (
          <label key={scope} className="flex min-h-11 items-center gap-1.5">
            <input type="checkbox" className="size-5" checked={chosen.includes(scope)} onChange={() => toggle(scope)} />
            {label} <span className="text-xs text-muted-foreground">({hint})</span>
          </label>
        ))}
      </fieldset>
      <Label htmlFor="token-expires">Expires (optional)</Label>
      <Input id="token-expires" type="date" value={expires} onChange={(e) => setExpires(e.target.value)} className="max-w-48" />
      <FormMessage error={error} />
      {secret && (
        <div className="flex flex-col gap-1 rounded-md border border-warning/40 p-3 text-sm" role="status">
          <p>Copy the token now: it is not shown again.</p>
          <div className="flex items-center gap-2">
            <code className="break-all rounded bg-muted px-2 py-1" data-testid="new-token-secret">
              {secret}
            </code>
            <Button type="button" variant="outline" size="sm" onClick={copy}>
              <Copy aria-hidden />
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
        </div>
      )}
      <Button type="submit" disabled={busy || !name.trim() || chosen.length === 0} className="self-start">
        {busy ? "Creating…" : "Create token"}
      </Button>
    </form>
  );
}
