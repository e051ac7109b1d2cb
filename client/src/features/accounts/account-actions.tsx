"use client";
import { BarChart3, RefreshCw, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { followersViewHref } from "@/features/followers/href";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { DeleteAccountMutation } from "./operations";

type AccountActionsProps = {
  account: { id: string; username: string };
  onRunCrawl: (username: string) => void;
  onDeleted: () => void;
  onError: (message: string) => void;
};

export function AccountActions({ account, onRunCrawl, onDeleted, onError }: AccountActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    setDeleting(true);
    try {
      const { deleteAccount } = await request(DeleteAccountMutation, { input: { accountId: account.id } });
      const problem = payloadErrors(deleteAccount.errors);
      if (problem) onError(problem);
      else onDeleted();
    } catch (e) {
      onError(errorMessage(e));
    } finally {
      setDeleting(false);
      setConfirming(false);
    }
  };

  return (
    <div className="grid grid-cols-2 justify-end gap-1 sm:flex">
      <Button variant="ghost" size="icon" aria-label={`Run crawl of @${account.username}`} title="Run crawl" onClick={() => onRunCrawl(account.username)}>
        <RefreshCw aria-hidden />
      </Button>
      <Button variant="ghost" size="icon" asChild>
        <Link href={followersViewHref(account.username)} aria-label={`View data of @${account.username}`} title="View data">
          <BarChart3 aria-hidden />
        </Link>
      </Button>
      <Button variant="ghost" size="icon" aria-label={`Delete @${account.username}`} title="Delete" onClick={() => setConfirming(true)}>
        <Trash2 aria-hidden className="text-destructive" />
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Stop tracking @${account.username}?`}
        description="Its crawls and follower history are deleted, with every profile no other tracked account lists. This cannot be undone."
        confirmLabel={deleting ? "Deleting…" : "Delete"}
        busy={deleting}
        onConfirm={remove}
      />
    </div>
  );
}
