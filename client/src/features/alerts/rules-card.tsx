"use client";
import { useEffect, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { ErrorState, FormMessage, LoadingState } from "@/components/ui/states";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { AlertRulesQuery, SetAlertRulesMutation } from "./operations";

type Form = {
  unfollows: boolean;
  crawlProblems: boolean;
  newFollowersAtLeast: string;
  followerChangePercent: string;
  sessionProblems: boolean;
  backupFailed: boolean;
  diskLowMiB: string;
  digestHourUtc: string;
};

const number = (text: string) => (text.trim() === "" ? null : Number(text));

/** What is worth an alert: the defaults every account follows, and the alerts about InstaIntel itself. */
export function RulesCard() {
  const rules = useQuery(AlertRulesQuery, {});
  const [form, setForm] = useState<Form>();
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});

  useEffect(() => {
    if (!rules.data) return;
    const { alertRules: a, globalAlertRules: g } = rules.data;
    setForm({
      unfollows: a.unfollows,
      crawlProblems: a.crawlProblems,
      newFollowersAtLeast: a.newFollowersAtLeast?.toString() ?? "",
      followerChangePercent: a.followerChangePercent?.toString() ?? "",
      sessionProblems: g.sessionProblems,
      backupFailed: g.backupFailed,
      diskLowMiB: g.diskLowMiB?.toString() ?? "",
      digestHourUtc: g.digestHourUtc.toString(),
    });
  }, [rules.data]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setOutcome({});
    try {
      const result = await request(SetAlertRulesMutation, {
        rules: {
          unfollows: form.unfollows,
          crawlProblems: form.crawlProblems,
          newFollowersAtLeast: number(form.newFollowersAtLeast),
          followerChangePercent: number(form.followerChangePercent),
        },
        global: {
          sessionProblems: form.sessionProblems,
          backupFailed: form.backupFailed,
          diskLowMiB: number(form.diskLowMiB),
          digestHourUtc: Number(form.digestHourUtc),
        },
      });
      const error = payloadErrors(result.setAlertRules.errors) ?? payloadErrors(result.setGlobalAlertRules.errors);
      setOutcome(error ? { error } : { success: "Alert rules saved." });
    } catch (err) {
      setOutcome({ error: errorMessage(err) });
    }
  };

  const check = (name: keyof Form, label: string) => (
    <label className="flex min-h-11 items-center gap-2 text-sm">
      <input type="checkbox" className="size-5" checked={form![name] as boolean} onChange={(e) => setForm({ ...form!, [name]: e.target.checked })} />
      {label}
    </label>
  );
  const numberField = (name: keyof Form, label: string) => (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`rule-${name}`}>{label}</Label>
      <Input id={`rule-${name}`} inputMode="decimal" value={form![name] as string} onChange={(e) => setForm({ ...form!, [name]: e.target.value })} />
    </div>
  );

  return (
    <Card aria-labelledby="rules-title" className="flex flex-col gap-4">
      <div>
        <CardTitle id="rules-title">Alert rules</CardTitle>
        <CardDescription>After each crawl of any account, and for InstaIntel itself. Leave a number empty to turn it off.</CardDescription>
      </div>
      {rules.error && !form ? (
        <ErrorState message={rules.error} onRetry={rules.refetch} />
      ) : !form ? (
        <LoadingState label="Loading rules…" />
      ) : (
        <form onSubmit={save} className="flex flex-col gap-3">
          {check("unfollows", "Someone unfollowed (named in the message)")}
          {check("crawlProblems", "A crawl failed or ended incomplete")}
          <div className="grid gap-3 sm:grid-cols-2">
            {numberField("newFollowersAtLeast", "New followers, at least")}
            {numberField("followerChangePercent", "Follower count change, % at least")}
          </div>
          {check("sessionProblems", "The Instagram session expired, hit a checkpoint or was blocked")}
          {check("backupFailed", "A backup failed")}
          <div className="grid gap-3 sm:grid-cols-2">
            {numberField("diskLowMiB", "Disk low, below MiB")}
            {numberField("digestHourUtc", "Daily digest hour (UTC)")}
          </div>
          <FormMessage error={outcome.error} success={outcome.success} />
          <Button type="submit" className="self-start">
            Save rules
          </Button>
        </form>
      )}
    </Card>
  );
}
