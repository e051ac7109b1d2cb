"use client";
import { DatabaseBackup } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { Input, Label } from "@/components/ui/input";
import { PendingNote } from "@/components/ui/pending-note";
import { ErrorState, FormMessage, LoadingState } from "@/components/ui/states";
import { formatBytes, formatDateTime } from "@/lib/format";
import { payloadErrors } from "@/lib/graphql/payload-errors";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import { BackupsQuery, CreateBackupMutation } from "./operations";

/** The database backups in the data folder, newest first, and a button to take one now. */
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
            Compressed copies of the database in the data folder&apos;s <code>backups/</code>, taken daily.
          </CardDescription>
        </div>
        <Button variant="outline" onClick={backUpNow} disabled={working}>
          <DatabaseBackup aria-hidden />
          {working ? "Backing up…" : "Back up now"}
        </Button>
      </div>
      <FormMessage error={outcome.error} success={outcome.success} />
      {backups.error && !list ? (
        <ErrorState message={backups.error} onRetry={backups.refetch} />
      ) : !list ? (
        <LoadingState label="Loading backups…" />
      ) : list.length === 0 ? (
        <p className="text-sm text-muted-foreground">No backups yet.</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-md border text-sm" aria-label="Backups" data-testid="backup-list">
          {list.map((backup) => (
            <li key={backup.fileName} className="flex flex-wrap justify-between gap-x-3 gap-y-1 px-3 py-2">
              <span className="min-w-0 font-mono text-xs break-all">{backup.fileName}</span>
              <span className="flex gap-3 text-muted-foreground tabular-nums">
                <span>{formatBytes(backup.sizeBytes)}</span>
                <span>{formatDateTime(backup.createdAt)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="backup-days">Keep backups for (days)</Label>
        <Input id="backup-days" type="number" disabled defaultValue={14} className="max-w-32" />
        <PendingNote>Set with Backups:RetentionDays in api/appsettings.json: the API has no setting for it yet.</PendingNote>
      </div>
    </Card>
  );
}
