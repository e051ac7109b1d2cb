"use client";
import { Copy, Download, X } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { formatCount } from "@/lib/format";
import { toCsv } from "./selection";

export type SelectedPerson = { username: string; fullName: string; profileUrl?: string | null; note?: string };

/** What to do with the chosen rows: copy their handles, save them as CSV, and the list's own actions. */
export function SelectionBar({ people, onClear, fileName, children }: { people: SelectedPerson[]; onClear: () => void; fileName: string; children?: ReactNode }) {
  const [status, setStatus] = useState("");
  if (people.length === 0) return null;

  const copy = async () => {
    const text = people.map((p) => `@${p.username}`).join("\n");
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied ${formatCount(people.length)} handles.`);
    } catch {
      setStatus("The browser refused the clipboard; select and copy the handles from the export instead.");
    }
  };
  const exportCsv = () => {
    const csv = toCsv(["username", "full_name", "profile_url", "note"], people.map((p) => [p.username, p.fullName, p.profileUrl ?? `https://www.instagram.com/${p.username}/`, p.note ?? ""]));
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(`Exported ${formatCount(people.length)} rows.`);
  };

  return (
    <div role="toolbar" aria-label="Selected rows" data-testid="selection-bar" className="sticky bottom-2 z-10 flex flex-wrap items-center gap-2 rounded-lg border bg-card p-2 shadow-md">
      <span className="px-2 text-sm font-medium" data-testid="selection-count">
        {formatCount(people.length)} selected
      </span>
      <Button variant="outline" size="sm" onClick={copy}>
        <Copy aria-hidden /> Copy handles
      </Button>
      <Button variant="outline" size="sm" onClick={exportCsv}>
        <Download aria-hidden /> Export CSV
      </Button>
      {children}
      <Button variant="ghost" size="sm" onClick={onClear} className="ml-auto">
        <X aria-hidden /> Clear
      </Button>
      <p className="w-full px-2 text-xs text-muted-foreground empty:hidden" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
