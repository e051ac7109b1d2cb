"use client";
import { Download, FileSpreadsheet } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { fieldClass, Label } from "@/components/ui/input";
import { FormMessage } from "@/components/ui/states";
import type { ExportFormat, FollowerFilterInput, FollowerSortInput } from "@/gql/graphql";
import { downloadFile } from "@/lib/download";
import { errorMessage, request } from "@/lib/graphql/request";
import { useQuery } from "@/lib/graphql/use-query";
import type { FollowerTab } from "./filters";
import { exportFileName, exportFormats, exportViews, isExportFormat, openInExcelHref } from "./exports";
import { ExportUrlQuery } from "./operations";

type ExportsPanelProps = {
  username: string;
  tab: FollowerTab;
  where: FollowerFilterInput | null;
  order: FollowerSortInput[];
};

/** Downloads the list as shown, with its search, new/lost filter and sort. */
export function ExportsPanel({ username, tab, where, order }: ExportsPanelProps) {
  const [format, setFormat] = useState<ExportFormat>("CSV");
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string>();
  const variables = { username, view: exportViews[tab], format, where, order };
  const excelLink = useQuery(ExportUrlQuery, variables, { skip: format !== "XLSX" });
  const excelUrl = format === "XLSX" && !excelLink.loading ? excelLink.data?.account?.exportUrl : undefined;

  const download = async () => {
    setDownloading(true);
    setDownloadError(undefined);
    try {
      // Asked at the click, so the file always matches the filters on screen.
      const { account } = await request(ExportUrlQuery, variables);
      if (!account) throw new Error(`@${username} is no longer tracked.`);
      await downloadFile(account.exportUrl, exportFileName(username, tab, format));
    } catch (e) {
      setDownloadError(errorMessage(e));
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card aria-labelledby="exports-title" className="flex flex-col gap-3">
      <div>
        <CardTitle id="exports-title">Export this view</CardTitle>
        <CardDescription>Every profile in the list below, filtered and sorted as shown.</CardDescription>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="flex flex-col gap-1.5 sm:w-44">
          <Label htmlFor="export-format">Format</Label>
          <select
            id="export-format"
            className={fieldClass}
            value={format}
            onChange={(e) => isExportFormat(e.target.value) && setFormat(e.target.value)}
          >
            {exportFormats.map(({ value, label }) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <Button variant="outline" onClick={download} disabled={downloading}>
          <Download aria-hidden />
          {downloading ? "Downloading…" : "Download"}
        </Button>
        {excelUrl && (
          // Only where a mouse is: phones and tablets have no desktop Excel to hand the link to.
          <Button asChild variant="ghost" className="hidden pointer-fine:inline-flex">
            <a href={openInExcelHref(excelUrl, window.location.origin)}>
              <FileSpreadsheet aria-hidden />
              Open in Excel
            </a>
          </Button>
        )}
      </div>
      <FormMessage error={downloadError} />
    </Card>
  );
}
