/**
 * The selection after a click on row `index`: a plain click toggles that row; a shift-click (desktop) gives every row
 * from the previous click's row to this one the state the clicked row takes.
 */
export function toggleSelection<K>(selected: ReadonlySet<K>, keys: readonly K[], index: number, anchor: number | null, shift: boolean): Set<K> {
  const next = new Set(selected);
  const select = !selected.has(keys[index]);
  const [from, to] = shift && anchor !== null && anchor < keys.length ? [Math.min(anchor, index), Math.max(anchor, index)] : [index, index];
  for (let i = from; i <= to; i++) {
    if (select) next.add(keys[i]);
    else next.delete(keys[i]);
  }
  return next;
}

/** = + - @ tab or CR first: a spreadsheet would run the cell as a formula; a leading apostrophe keeps it text. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV: a header, then one line per row; fields holding a comma, quote or line break are quoted. Text that a
 * spreadsheet would run as a formula follows the server's export rule (CsvHelper's `CsvInjection.Escape`).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const field = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? "" : String(value);
    const safe = typeof value === "string" && formulaStart.test(text) ? `'${text}` : text;
    return safe !== text || /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
