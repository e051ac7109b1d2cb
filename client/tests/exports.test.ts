import { describe, expect, it } from "vitest";
import { exportFileName, exportViews, isExportFormat, openInExcelHref } from "@/features/followers/exports";
import { followerTabs } from "@/features/followers/filters";
import { filenameFromContentDisposition } from "@/lib/download";

describe("exports", () => {
  it("map every tab to the API's view", () => {
    expect(followerTabs.map(({ id }) => exportViews[id])).toEqual(["FOLLOWERS", "FOLLOWING", "MUTUALS", "FANS", "NOT_FOLLOWING_BACK"]);
  });

  it("name a file when the server does not", () => {
    expect(exportFileName("natgeo", "notFollowingBack", "XLSX")).toBe("natgeo-not-following-back.xlsx");
  });

  it("accept only the formats the API writes", () => {
    expect(isExportFormat("JSON")).toBe(true);
    expect(isExportFormat("json")).toBe(false);
  });

  it("hand Excel the absolute URL of the download", () => {
    expect(openInExcelHref("/exports/natgeo/fans.xlsx?where=e30", "https://intel.example.com")).toBe(
      "ms-excel:ofe|u|https://intel.example.com/exports/natgeo/fans.xlsx?where=e30",
    );
  });
});

describe("filenameFromContentDisposition", () => {
  it("prefers the UTF-8 name, then the plain or quoted one", () => {
    expect(filenameFromContentDisposition("attachment; filename=a.csv; filename*=UTF-8''caf%C3%A9-fans.csv", "x")).toBe("café-fans.csv");
    expect(filenameFromContentDisposition('attachment; filename="natgeo fans.csv"', "x")).toBe("natgeo fans.csv");
    expect(filenameFromContentDisposition("attachment; filename=natgeo-fans.csv", "x")).toBe("natgeo-fans.csv");
  });

  it("falls back when there is no header or no name", () => {
    expect(filenameFromContentDisposition(null, "fallback.csv")).toBe("fallback.csv");
    expect(filenameFromContentDisposition("attachment", "fallback.csv")).toBe("fallback.csv");
  });
});
