// Reads the files the browser downloads, to count the rows of an export.
import { readFile } from "node:fs/promises";
import JSZip from "jszip";

/** Clicks what starts a download and returns the downloaded file's name and bytes. */
export async function downloadBy(page, click) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Data rows of a CSV export: its lines without the header (the API writes no line breaks inside these fields). */
export function csvRowCount(bytes) {
  return bytes.toString("utf8").split("\r\n").filter((line) => line !== "").length - 1;
}

/** Data rows of the first sheet of an XLSX export, the header row left out. */
export async function xlsxRowCount(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")?.async("string");
  if (sheet === undefined) throw new Error(`no first sheet in ${Object.keys(zip.files).join(", ")}`);
  return (sheet.match(/<(?:\w+:)?row[\s>]/g) ?? []).length - 1;
}
