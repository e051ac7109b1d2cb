/** What `POST /imports` answers for an archive it imported. */
export type ImportSummary = {
  crawlId: string;
  account: string;
  format: "JSON" | "HTML";
  followers: number;
  following: number;
  new: number | null;
  lost: number | null;
  usernameOnly: number;
  placedInPast: boolean;
  madeAt: string;
};

/** Why the server refused an upload; `code` is NoOwner when it needs to be told whose archive it is. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Uploads the archive (a ZIP, or loose list files) with progress. XMLHttpRequest rather than fetch: fetch reports no
 * upload progress, and a large archive over a phone's connection takes a while.
 */
export function uploadArchive(files: File[], account: string, onProgress: (share: number) => void): Promise<ImportSummary> {
  const form = new FormData();
  for (const file of files) form.append("file", file, file.name);
  if (account.trim()) form.append("account", account.trim());
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/imports");
    request.responseType = "json";
    request.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    request.onerror = () => reject(new ImportError("Cannot reach the InstaIntel API. Is it running?"));
    request.onload = () => {
      const body = request.response as (ImportSummary & { detail?: string; title?: string; code?: string }) | null;
      if (request.status === 200 && body) resolve(body);
      else reject(new ImportError(body?.detail ?? body?.title ?? `The upload failed (${request.status}).`, body?.code));
    };
    request.send(form);
  });
}
