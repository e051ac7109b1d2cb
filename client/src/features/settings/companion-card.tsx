"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/states";
import { errorMessage, request } from "@/lib/graphql/request";
import { CompanionQr } from "./companion-qr";
import { CreateCompanionPairingMutation } from "./operations";

type Pairing = { code: string; expiresAt: string };

/** Pairs the browser companion extension: a one-time code, its countdown and a QR code of this address with the code. */
export function CompanionCard() {
  const [pairing, setPairing] = useState<Pairing>();
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!pairing) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [pairing]);

  const pair = async () => {
    setError(undefined);
    try {
      const { createCompanionPairing } = await request(CreateCompanionPairingMutation, {});
      setPairing(createCompanionPairing.pairing);
      setNow(Date.now());
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const secondsLeft = pairing ? Math.max(0, Math.round((Date.parse(pairing.expiresAt) - now) / 1000)) : 0;
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  return (
    <Card aria-labelledby="companion-title" className="flex flex-col gap-4">
      <div>
        <CardTitle id="companion-title">Browser companion</CardTitle>
        <CardDescription>
          The companion extension reads big follower lists in your own logged-in instagram.com tab, at a human pace, and
          sends the pages here, where they are stored and compared like any crawl. Pair each browser once.
        </CardDescription>
      </div>
      {pairing && secondsLeft > 0 ? (
        <div className="flex flex-wrap items-center gap-4">
          <CompanionQr text={`instaintel-companion:${origin}#${pairing.code}`} label={`QR code of the pairing code ${pairing.code}`} />
          <div className="flex flex-col gap-1 text-sm">
            <span>In the extension&apos;s popup, enter</span>
            <code className="break-all">{origin}</code>
            <span>and the code</span>
            <code className="text-2xl font-semibold tracking-widest" data-testid="pairing-code">
              {pairing.code}
            </code>
            <span className="text-muted-foreground" aria-live="polite">
              Works once; expires in {Math.floor(secondsLeft / 60)}:{String(secondsLeft % 60).padStart(2, "0")}.
            </span>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={pair}>Pair a browser</Button>
          {pairing && <span className="text-sm text-muted-foreground">The code expired: make a new one.</span>}
        </div>
      )}
      <FormMessage error={error} />
      <p className="text-xs text-muted-foreground">
        Each paired browser gets an API token of its own, named &ldquo;Browser companion: …&rdquo; in Settings → API
        tokens; revoke it there to unpair that browser.
      </p>
    </Card>
  );
}
