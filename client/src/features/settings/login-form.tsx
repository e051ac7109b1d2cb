"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { Segmented } from "@/components/ui/radio-group";
import type { SessionClient } from "@/gql/graphql";
import { FormMessage } from "@/components/ui/states";
import { errorMessage, request } from "@/lib/graphql/request";
import { LogInMutation, VerifyTwoFactorMutation } from "./operations";
import { sessionStep } from "./session-outcome";

type Challenge = { identifier: string; username: string };

const clients: { value: SessionClient; label: string }[] = [
  { value: "APP", label: "As the Instagram app" },
  { value: "BROWSER", label: "As a browser" },
];

/**
 * Username and password, then the security code when Instagram asks for one. The client chosen is the only one the
 * session ever reads lists as: the app reads 200 people a request, a browser 12.
 */
export function LoginForm({ onConnected }: { onConnected: () => void }) {
  const [client, setClient] = useState<SessionClient>("APP");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [error, setError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (send: () => Promise<Parameters<typeof sessionStep>[0]>) => {
    setBusy(true);
    setError(undefined);
    setSuccess(undefined);
    try {
      const step = sessionStep(await send());
      if (step.kind === "connected") {
        setPassword("");
        setCode("");
        setChallenge(null);
        setSuccess("Logged in.");
        onConnected();
      } else if (step.kind === "twoFactor") setChallenge(step);
      else setError(step.message);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const logIn = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => (await request(LogInMutation, { input: { username: username.trim(), password, client } })).logIn);
  };
  const verify = (event: FormEvent) => {
    event.preventDefault();
    if (!challenge) return;
    void run(async () => (await request(VerifyTwoFactorMutation, { input: { identifier: challenge.identifier, code: code.trim() } })).verifyTwoFactor);
  };

  if (challenge)
    return (
      <form onSubmit={verify} className="flex flex-col gap-2">
        <Label htmlFor="two-factor-code">Security code for @{challenge.username}</Label>
        <Input
          id="two-factor-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
        />
        <p className="text-xs text-muted-foreground">From your authenticator app or the SMS Instagram sent.</p>
        <FormMessage error={error} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={busy || !code.trim()}>
            {busy ? "Verifying…" : "Verify"}
          </Button>
          <Button variant="outline" onClick={() => setChallenge(null)}>
            Back
          </Button>
        </div>
      </form>
    );

  return (
    <form onSubmit={logIn} className="flex flex-col gap-2">
      <Segmented label="Log in" value={client} onChange={setClient} options={clients} className="self-start" />
      <p className="text-xs text-muted-foreground" data-testid="login-client-note">
        {client === "APP"
          ? "Instagram sees a login from a new Android phone; lists are read 200 people a request. Instagram may ask you to confirm the login."
          : "Instagram sees a login from a desktop browser; lists are read as its follower dialog reads them, 12 people a request, so big lists take days."}
      </p>
      <Label htmlFor="ig-username">Instagram username</Label>
      <Input id="ig-username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" autoCapitalize="none" required />
      <Label htmlFor="ig-password">Password</Label>
      <Input
        id="ig-password"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
        required
      />
      <FormMessage error={error} success={success} />
      <Button type="submit" disabled={busy || !username.trim() || !password} className="self-start">
        {busy ? "Logging in…" : "Log in"}
      </Button>
    </form>
  );
}
