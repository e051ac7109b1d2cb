"use client";
import { useEffect, useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Input, Label } from "@/components/ui/input";
import { Segmented } from "@/components/ui/radio-group";
import { FormMessage } from "@/components/ui/states";
import { Switch } from "@/components/ui/switch";
import type { CrawlFieldsFragment, CrawlLists } from "@/gql/graphql";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { parseHandle } from "@/lib/handle";
import { startedCrawl } from "./describe";
import { StartCrawlMutation } from "./operations";
import { CrawlProgressPanel } from "./crawl-progress-panel";

type CrawlDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  initialTarget?: string;
  /** Called once a crawl is queued, so lists behind the dialog can refresh. */
  onStarted?: () => void;
};

const listOptions: { value: CrawlLists; label: string }[] = [
  { value: "FOLLOWERS", label: "Followers" },
  { value: "FOLLOWING", label: "Following" },
  { value: "BOTH", label: "Both" },
];

export function CrawlDialog({ open, onOpenChange, initialTarget = "", onStarted }: CrawlDialogProps) {
  const [target, setTarget] = useState(initialTarget);
  const [lists, setLists] = useState<CrawlLists>("BOTH");
  const [forceRefresh, setForceRefresh] = useState(false);
  const [started, setStarted] = useState<CrawlFieldsFragment | null>(null);
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const inputId = useId();
  const parsed = parseHandle(target);

  useEffect(() => {
    if (!open) return;
    setTarget(initialTarget);
    setStarted(null);
    setError(undefined);
  }, [open, initialTarget]);

  /** In the browser: the browser companion reads the lists in the user's own instagram.com tab (source BROWSER). */
  const start = async (inBrowser: boolean) => {
    if (!parsed.ok) return setError(parsed.reason);
    setSubmitting(true);
    setError(undefined);
    try {
      const { startCrawl } = await request(StartCrawlMutation, {
        input: {
          target: parsed.username,
          followers: lists !== "FOLLOWING",
          following: lists !== "FOLLOWERS",
          usePrivateSession: true,
          forceRefresh,
          inBrowser,
        },
      });
      const crawl = startedCrawl(startCrawl);
      if (crawl) {
        setStarted(crawl);
        onStarted?.();
      } else {
        setError(payloadErrors(startCrawl.errors));
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSubmitting(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void start(false);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title="Crawl an account" description="Crawl an Instagram account's followers and following.">
        {started ? (
          <div className="flex flex-col gap-4">
            <CrawlProgressPanel initial={started} />
            <Button variant="outline" onClick={() => setStarted(null)}>
              Crawl another account
            </Button>
          </div>
        ) : (
          <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
            <div className="flex flex-col gap-1.5">
              <Label htmlFor={inputId}>Account</Label>
              <Input
                id={inputId}
                value={target}
                onChange={(e) => setTarget(e.target.value)}
                placeholder="@username, username or profile URL"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                aria-describedby={`${inputId}-understood`}
                autoFocus
              />
              <p id={`${inputId}-understood`} aria-live="polite" className="min-h-5 text-sm text-muted-foreground">
                {target.trim() && (parsed.ok ? `Understood as @${parsed.username}` : parsed.reason)}
              </p>
            </div>
            <fieldset className="flex flex-col gap-1.5">
              <legend className="mb-1.5 text-sm font-medium">Lists</legend>
              <Segmented label="Lists to crawl" value={lists} onChange={setLists} options={listOptions} className="w-full" />
            </fieldset>
            <div className="flex items-start gap-2">
              <Switch id={`${inputId}-private`} checked disabled aria-describedby={`${inputId}-private-note`} />
              <div className="pt-2.5">
                <Label htmlFor={`${inputId}-private`}>Use private credentials if needed</Label>
                <p id={`${inputId}-private-note`} className="text-xs text-muted-foreground">
                  Instagram shows follower lists only to logged-in sessions, so crawls always use your session (Settings).
                </p>
              </div>
            </div>
            <div className="flex items-start gap-2">
              <Switch
                id={`${inputId}-fresh`}
                checked={forceRefresh}
                onCheckedChange={setForceRefresh}
                aria-describedby={`${inputId}-fresh-note`}
              />
              <div className="pt-2.5">
                <Label htmlFor={`${inputId}-fresh`}>Fetch everything fresh</Label>
                <p id={`${inputId}-fresh-note`} className="text-xs text-muted-foreground">
                  Off: pages fetched by crawls of the last day are reused, saving Instagram requests.
                </p>
              </div>
            </div>
            <FormMessage error={error} />
            <Button type="submit" disabled={submitting || !parsed.ok}>
              {submitting ? "Starting…" : "Start crawl"}
            </Button>
            <Button
              type="button"
              variant="outline"
              disabled={submitting || !parsed.ok}
              onClick={() => void start(true)}
              aria-describedby={`${inputId}-browser-note`}
            >
              Crawl with my browser
            </Button>
            <p id={`${inputId}-browser-note`} className="text-xs text-muted-foreground">
              The browser companion reads the lists in your own logged-in instagram.com tab, at a human pace, and sends
              them here. Pair it in Settings → Browser companion.
            </p>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
