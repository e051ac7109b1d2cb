using CsvHelper;

namespace InstaIntel.Api.Exports;

/// <summary>
/// RFC 4180 CSV (CRLF, quotes doubled) in UTF-8 with a BOM, so Excel reads accents and emoji right. Cells that start
/// with = + - @ or a tab get a leading apostrophe, so a spreadsheet shows them as text instead of running them.
/// </summary>
public static class CsvExport
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<ExportRow> rows, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
        await csv.WriteRecordAsync(ExportRow.Headers, ct);
        await foreach (var row in rows.WithCancellation(ct)) await csv.WriteRecordAsync(row.Texts(), ct);
    }
}
