"use client";
import { useEffect, useId, useState } from "react";
import { Switch } from "@/components/ui/switch";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { LostReasonChecksQuery, SetLostReasonChecksMutation } from "./operations";

/** The per-account switch for the look-ups after each crawl that tell why people left (a request per person). */
export function LostReasonChecks({ username }: { username: string }) {
  const id = useId();
  const [account, setAccount] = useState<{ id: string; checkLostReasons: boolean } | null>(null);
  const [problem, setProblem] = useState("");
  useEffect(() => {
    let live = true;
    request(LostReasonChecksQuery, { username })
      .then(({ account }) => live && setAccount(account ?? null))
      .catch((e) => live && setProblem(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [username]);
  if (!account) return problem ? <p role="alert" className="text-sm text-destructive">{problem}</p> : null;

  const toggle = async (next: boolean) => {
    setAccount({ ...account, checkLostReasons: next });
    setProblem("");
    try {
      const { setLostReasonChecks } = await request(SetLostReasonChecksMutation, { input: { accountId: account.id, enabled: next } });
      const refused = payloadErrors(setLostReasonChecks.errors);
      if (refused) throw new Error(refused);
    } catch (e) {
      setAccount({ ...account, checkLostReasons: !next });
      setProblem(errorMessage(e));
    }
  };
  return (
    <div className="flex items-center gap-2 text-sm text-muted-foreground">
      <Switch id={id} checked={account.checkLostReasons} onCheckedChange={toggle} />
      <label htmlFor={id}>Check why each person left after a crawl (one Instagram request each)</label>
      {problem && <span role="alert" className="text-destructive">{problem}</span>}
    </div>
  );
}
