import type { ExportFormat, FollowerView } from "@/gql/graphql";
import type { FollowerTab } from "./filters";

export const exportFormats: { value: ExportFormat; label: string }[] = [
  { value: "CSV", label: "CSV" },
  { value: "XLSX", label: "Excel (XLSX)" },
  { value: "JSON", label: "JSON" },
];

export function isExportFormat(value: string): value is ExportFormat {
  return exportFormats.some((format) => format.value === value);
}

export const exportViews: Record<FollowerTab, FollowerView> = {
  followers: "FOLLOWERS",
  following: "FOLLOWING",
  mutuals: "MUTUALS",
  fans: "FANS",
  notFollowingBack: "NOT_FOLLOWING_BACK",
};

/** A name for the file when the server sends none: `natgeo-fans.csv`. */
export function exportFileName(username: string, tab: FollowerTab, format: ExportFormat) {
  return `${username}-${exportViews[tab].toLowerCase().replaceAll("_", "-")}.${format.toLowerCase()}`;
}

/** Excel's URI scheme (`ofe`: open for editing): desktop Excel fetches the absolute URL and opens the workbook. */
export function openInExcelHref(relativeUrl: string, origin: string) {
  return `ms-excel:ofe|u|${new URL(relativeUrl, origin).toString()}`;
}
