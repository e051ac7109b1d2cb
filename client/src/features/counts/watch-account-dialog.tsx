"use client";
import { Eye } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { FormMessage } from "@/components/ui/states";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { WatchAccountMutation } from "./operations";

/**
 * "Watch counts": tracks an account at the counts level (one profile request a day, no list crawls). A crawl started
 * later from New crawl makes it a list account.
 */
export function WatchAccountDialog({ onWatched }: { onWatched: () => void }) {
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function watch() {
    setBusy(true);
    try {
      const result = await request(WatchAccountMutation, { input: { target } });
      const problem = payloadErrors(result.addAccount.errors);
      setError(problem);
      if (!problem) {
        setTarget("");
        setOpen(false);
        onWatched();
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onOpenChange={(next) => { setOpen(next); setError(undefined); }}>
      <Button variant="outline" onClick={() => setOpen(true)}>
        <Eye aria-hidden />
        Watch counts
      </Button>
      <DialogContent title="Watch an account's counts" description="Followers, following and posts once a day: one request per account, no lists crawled.">
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            void watch();
          }}
        >
          <Input value={target} onChange={(e) => setTarget(e.target.value)} placeholder="@username or profile link" aria-label="Account to watch" autoFocus />
          <FormMessage error={error} />
          <Button type="submit" disabled={busy || target.trim() === ""}>
            Watch
          </Button>
        </form>
      </DialogContent>
    </Dialog>
  );
}
