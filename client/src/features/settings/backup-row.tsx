"use client";
import { Download, History } from "lucide-react";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/states";
import type { BackupsQuery } from "@/gql/graphql";
import { formatBytes, formatDateTime } from "@/lib/format";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { ScheduleRestoreMutation } from "./operations";

type Backup = BackupsQuery["backups"][number];

/** One archive: its name, size and time, a download link and a restore that asks first. */
export function BackupRow({ backup, onRestoreScheduled }: { backup: Backup; onRestoreScheduled: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const schedule = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { scheduleRestore } = await request(ScheduleRestoreMutation, { input: { fileName: backup.fileName } });
      setError(payloadErrors(scheduleRestore.errors));
      onRestoreScheduled();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <li className="flex flex-col gap-2 px-3 py-2" data-testid="backup-row">
      <div className="flex flex-wrap justify-between gap-x-3 gap-y-1">
        <span className="min-w-0 font-mono text-xs break-all">{backup.fileName}</span>
        <span className="flex gap-3 text-muted-foreground tabular-nums">
          <span>{formatBytes(backup.sizeBytes)}</span>
          <span>{formatDateTime(backup.createdAt)}</span>
        </span>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button asChild variant="outline" size="sm">
          <a href={`/backups/${encodeURIComponent(backup.fileName)}`} download={backup.fileName} aria-label={`Download ${backup.fileName}`}>
            <Download aria-hidden />
            Download
          </a>
        </Button>
        <Button variant="outline" size="sm" onClick={() => setConfirming(true)} aria-label={`Restore ${backup.fileName}`}>
          <History aria-hidden />
          Restore…
        </Button>
      </div>
      <FormMessage error={error} />
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Restore this backup?"
        description={
          <>
            The database goes back to {formatDateTime(backup.createdAt)}: crawls and changes since then are set aside. The backup
            is checked now; InstaIntel switches to it the next time it starts, and keeps the current database beside it.
          </>
        }
        confirmLabel="Restore on next start"
        onConfirm={schedule}
        busy={busy}
      />
    </li>
  );
}
