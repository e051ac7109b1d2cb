/** The file name a `Content-Disposition` header gives, preferring the UTF-8 `filename*`; `fallback` when none. */
export function filenameFromContentDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {}
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(header);
  return (plain?.[1] ?? plain?.[2]?.trim()) || fallback;
}

/** How long the object URL outlives the click: Safari reads it after the click handler returns. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Downloads `url` as a file. Fetching into a Blob and clicking an `a[download]` on its object URL works in iOS Safari
 * too, which ignores `download` on a plain link and would open the file in the tab instead.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error("Cannot reach the InstaIntel API. Is it running?");
  }
  if (!response.ok) throw new Error((await response.text()) || `The download failed: ${response.status}.`);
  const name = filenameFromContentDisposition(response.headers.get("content-disposition"), fallbackName);
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = objectUrl;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), REVOKE_AFTER_MS);
}
