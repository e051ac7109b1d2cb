"use client";
import { DatabaseBackup } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { ErrorState, FormMessage, LoadingState } from "@/components/ui/states";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { BackupRow } from "./backup-row";
import { BackupsQuery, CreateBackupMutation } from "./operations";
import { PendingRestoreNote } from "./pending-restore-note";

/** The database backups in the data folder, newest first: take one now, download or restore one. */
export function BackupsCard() {
  const backups = useQuery(BackupsQuery, {});
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});

  const backUpNow = async () => {
    setWorking(true);
    setOutcome({});
    try {
      const { createBackup } = await request(CreateBackupMutation, {});
      const error = payloadErrors(createBackup.errors);
      setOutcome(error ? { error } : { success: `Saved ${createBackup.backup?.fileName}.` });
      backups.refetch();
    } catch (e) {
      setOutcome({ error: errorMessage(e) });
    } finally {
      setWorking(false);
    }
  };

  const list = backups.data?.backups;
  return (
    <Card aria-labelledby="backups-title" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <CardTitle id="backups-title">Backups</CardTitle>
          <CardDescription>
            Compressed copies of the database in the data folder&apos;s <code>backups/</code>, taken daily and kept for the
            days the <code>Backups:RetentionDays</code> setting says. Download one to keep it elsewhere.
          </CardDescription>
        </div>
        <Button variant="outline" onClick={backUpNow} disabled={working}>
          <DatabaseBackup aria-hidden />
          {working ? "Backing up…" : "Back up now"}
        </Button>
      </div>
      <FormMessage error={outcome.error} success={outcome.success} />
      {backups.data?.pendingRestore && <PendingRestoreNote fileName={backups.data.pendingRestore} onCancelled={backups.refetch} />}
      {backups.error && !list ? (
        <ErrorState message={backups.error} onRetry={backups.refetch} />
      ) : !list ? (
        <LoadingState label="Loading backups…" />
      ) : list.length === 0 ? (
        <p className="text-sm text-muted-foreground">No backups yet.</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border text-sm" aria-label="Backups" data-testid="backup-list">
          {list.map((backup) => (
            <BackupRow key={backup.fileName} backup={backup} onRestoreScheduled={backups.refetch} />
          ))}
        </ul>
      )}
    </Card>
  );
}
