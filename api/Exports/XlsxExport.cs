using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace InstaIntel.Api.Exports;

/// <summary>
/// XLSX through SpreadCheetah, which zips rows into the response as they arrive. Text is written as text, never as a
/// formula, and cleaned by <see cref="XlsxText"/>. A sheet holds at most <c>maxRowsPerSheet</c> rows with its header (Excel opens at most 1,048,576); the rows
/// after that continue on "name (2)", "name (3)" and so on.
/// </summary>
public static class XlsxExport
{
    /// <summary>Excel's longest sheet name.</summary>
    private const int SheetNameLength = 31;

    private static readonly SpreadCheetahOptions Options = new() { PreserveStringWhitespace = true };

    public static async Task WriteAsync<TRow>(Stream body, IAsyncEnumerable<TRow> rows, IReadOnlyList<ExportColumn<TRow>> columns, string sheetName,
        int maxRowsPerSheet, CancellationToken ct)
    {
        await using var book = await Spreadsheet.CreateNewAsync(body, Options, ct);
        var cells = new DataCell[columns.Count];
        var sheets = 0;
        var sheetRows = maxRowsPerSheet;
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (sheetRows == maxRowsPerSheet)
            {
                await StartSheetAsync(book, columns, SheetName(sheetName, ++sheets), ct);
                sheetRows = 1;
            }
            for (var i = 0; i < cells.Length; i++)
            {
                var column = columns[i];
                cells[i] = column.Value switch
                {
                    ExportValue.Number => column.Number!(row) is { } n ? new DataCell(n) : default,
                    ExportValue.Flag => new DataCell(column.Flag!(row)),
                    ExportValue.Time => column.Time!(row) is { } at ? new DataCell(at) : default,
                    _ => new DataCell(XlsxText.Clean(column.Text!(row))),
                };
            }
            await book.AddRowAsync(cells, ct);
            sheetRows++;
        }
        if (sheets == 0) await StartSheetAsync(book, columns, SheetName(sheetName, 1), ct);
        await book.FinishAsync(ct);
    }

    private static async Task StartSheetAsync<TRow>(Spreadsheet book, IReadOnlyList<ExportColumn<TRow>> columns, string name, CancellationToken ct)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < columns.Count; i++) options.Column(i + 1).Width = columns[i].Width;
        await book.StartWorksheetAsync(name, options, ct);
        await book.AddRowAsync([.. columns.Select(c => new DataCell(c.Header))], ct);
    }

    /// <summary>"name", then "name (2)", "name (3)"…, shortened to fit Excel's 31 characters.</summary>
    public static string SheetName(string name, int sheet)
    {
        var suffix = sheet == 1 ? "" : $" ({sheet})";
        return name[..Math.Min(name.Length, SheetNameLength - suffix.Length)].TrimEnd() + suffix;
    }
}
