"use client";
import { FileArchive, Upload } from "lucide-react";
import { useRef, useState, type DragEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Input, Label } from "@/components/ui/input";
import { Progress } from "@/components/ui/progress";
import { FormMessage } from "@/components/ui/states";
import { cn } from "@/lib/cn";
import { ArchiveHowTo } from "./archive-how-to";
import { ImportSummaryView } from "./import-summary";
import { ImportError, uploadArchive, type ImportSummary } from "./upload-archive";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; onImported?: (summary: ImportSummary) => void };

/** Upload Instagram's "Download your information" archive: the owner's lists with no crawl at all. */
export function ImportArchiveDialog({ open, onOpenChange, onImported }: Props) {
  const [files, setFiles] = useState<File[]>([]);
  const [account, setAccount] = useState("");
  const [askAccount, setAskAccount] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const [summary, setSummary] = useState<ImportSummary>();
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const uploading = progress !== null;

  const reset = () => {
    setFiles([]);
    setAccount("");
    setAskAccount(false);
    setProgress(null);
    setError(undefined);
    setSummary(undefined);
  };

  const choose = (list: FileList | null) => {
    setFiles(list ? [...list] : []);
    setError(undefined);
    setSummary(undefined);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files);
  };

  const upload = async () => {
    setError(undefined);
    setProgress(0);
    try {
      const result = await uploadArchive(files, account, setProgress);
      setSummary(result);
      setFiles([]);
      onImported?.(result);
    } catch (e) {
      const failure = e instanceof ImportError ? e : new ImportError(String(e));
      if (failure.code === "NoOwner") setAskAccount(true);
      setError(failure.message);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (uploading) return;
        if (!next) reset();
        onOpenChange(next);
      }}
    >
      <DialogContent
        title="Import from Instagram"
        description="Your own followers and following, from the archive Instagram gives you: no crawl, no session, no rate limit."
      >
        <div className="flex flex-col gap-4">
          <ArchiveHowTo />
          <label
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            className={cn(
              "flex min-h-32 cursor-pointer flex-col items-center justify-center gap-2 rounded-md border-2 border-dashed p-4 text-center text-sm",
              dragging && "border-primary bg-primary/5",
            )}
          >
            <FileArchive className="size-8 text-muted-foreground" aria-hidden />
            {files.length > 0 ? (
              <span className="font-medium break-all">{files.map((f) => f.name).join(", ")}</span>
            ) : (
              <span>
                Drop the ZIP here or <span className="font-medium text-primary">choose a file</span>
                <span className="block text-muted-foreground">or the .json/.html files from its followers_and_following folder</span>
              </span>
            )}
            <input
              ref={picker}
              type="file"
              multiple
              accept=".zip,.json,.html,application/zip"
              className="sr-only"
              aria-label="Archive file"
              onChange={(e) => choose(e.target.files)}
            />
          </label>
          {askAccount && (
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="import-account">Whose archive is this?</Label>
              <Input id="import-account" value={account} onChange={(e) => setAccount(e.target.value)} placeholder="@username" />
            </div>
          )}
          {uploading && <Progress value={progress * 100} label="Uploading the archive" />}
          <FormMessage error={error} />
          {summary && <ImportSummaryView summary={summary} />}
          <div className="flex justify-end">
            <Button onClick={upload} disabled={files.length === 0 || uploading || (askAccount && !account.trim())}>
              <Upload aria-hidden />
              {uploading ? "Importing…" : "Import"}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
