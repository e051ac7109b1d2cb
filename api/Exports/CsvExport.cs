using System.Globalization;
using CsvHelper;

namespace InstaIntel.Api.Exports;

/// <summary>
/// RFC 4180 CSV (CRLF, quotes doubled) in UTF-8 with a BOM, so Excel reads accents and emoji right. Cells that start
/// with = + - @ or a tab get a leading apostrophe, so a spreadsheet shows them as text instead of running them.
/// </summary>
public static class CsvExport
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        TrueValue = "true",
        FalseValue = "false",
    };

    /// <summary>Field by field into the writer's buffer, which goes out whenever it is nearly full.</summary>
    public static async Task WriteAsync<TRow>(Stream body, IAsyncEnumerable<TRow> rows, IReadOnlyList<ExportColumn<TRow>> columns, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(body, Options, leaveOpen: true);
        await csv.WriteRecordAsync([.. columns.Select(c => c.Header)], ct);
        // Formatting a time costs more than writing the rest of its row, and a list has one time per crawl.
        var timeTexts = new Dictionary<DateTime, string>();
        string Time(DateTime at) => timeTexts.TryGetValue(at, out var text) ? text : timeTexts[at] = at.ToString(TimeFormat, CultureInfo.InvariantCulture);
        await foreach (var row in rows.WithCancellation(ct))
        {
            foreach (var column in columns)
            {
                switch (column.Value)
                {
                    case ExportValue.Number: csv.WriteField(column.Number!(row) is { } n ? n.ToString(CultureInfo.InvariantCulture) : ""); break;
                    case ExportValue.Flag: csv.WriteField(column.Flag!(row)); break;
                    case ExportValue.Time: csv.WriteField(column.Time!(row) is { } at ? Time(at) : ""); break;
                    default: csv.WriteField(column.Text!(row) ?? ""); break;
                }
            }
            await csv.EndRecordAsync(ct);
        }
    }
}
