"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/states";
import { errorMessage, request } from "@/lib/graphql/request";
import { CancelRestoreMutation } from "./operations";

/** A restore waits for a restart: the server never swaps the database it is running on. */
export function PendingRestoreNote({ fileName, onCancelled }: { fileName: string; onCancelled: () => void }) {
  const [error, setError] = useState<string>();
  const cancel = async () => {
    try {
      await request(CancelRestoreMutation, {});
      onCancelled();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-warning/40 p-3 text-sm" data-testid="pending-restore">
      <p>
        <span className="font-mono text-xs break-all">{fileName}</span> passed its checks and is restored when InstaIntel next
        starts. Restart it to finish (stop <code>scripts/start</code> and run it again, or restart the service).
      </p>
      <Button variant="outline" size="sm" className="self-start" onClick={cancel}>
        Cancel restore
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
