import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { fieldClass, Label } from "@/components/ui/input";
import { PendingNote } from "@/components/ui/pending-note";

/** Downloads of the current view; the API's export endpoints are not served yet, so the controls stay disabled. */
export function ExportsPanel() {
  return (
    <Card aria-labelledby="exports-title" className="flex flex-col gap-3">
      <CardTitle id="exports-title">Export this view</CardTitle>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-col gap-1.5 sm:w-40">
          <Label htmlFor="export-format">Format</Label>
          <select id="export-format" className={fieldClass} disabled defaultValue="csv">
            <option value="csv">CSV</option>
            <option value="xlsx">XLSX</option>
            <option value="json">JSON</option>
          </select>
        </div>
        <Button disabled variant="outline">
          <Download aria-hidden />
          Download
        </Button>
      </div>
      <PendingNote>Arrives with exports: the API does not serve downloads yet.</PendingNote>
    </Card>
  );
}
