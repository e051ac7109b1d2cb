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

    private static readonly DataCell[] Header = [.. ExportColumn.All.Select(c => new DataCell(c.Header))];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<ExportRow> rows, string sheetName, int maxRowsPerSheet, CancellationToken ct)
    {
        await using var book = await Spreadsheet.CreateNewAsync(body, Options, ct);
        var cells = new DataCell[Header.Length];
        var sheets = 0;
        var sheetRows = maxRowsPerSheet;
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (sheetRows == maxRowsPerSheet)
            {
                await StartSheetAsync(book, SheetName(sheetName, ++sheets), ct);
                sheetRows = 1;
            }
            for (var i = 0; i < cells.Length; i++)
            {
                var column = ExportColumn.All[i];
                cells[i] = column.Value switch
                {
                    ExportValue.Flag => new DataCell(column.Flag!(row)),
                    ExportValue.Time => column.Time!(row) is { } at ? new DataCell(at) : default,
                    _ => new DataCell(XlsxText.Clean(column.Text!(row))),
                };
            }
            await book.AddRowAsync(cells, ct);
            sheetRows++;
        }
        if (sheets == 0) await StartSheetAsync(book, SheetName(sheetName, 1), ct);
        await book.FinishAsync(ct);
    }

    private static async Task StartSheetAsync(Spreadsheet book, string name, CancellationToken ct)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < ExportColumn.All.Count; i++) options.Column(i + 1).Width = ExportColumn.All[i].Width;
        await book.StartWorksheetAsync(name, options, ct);
        await book.AddRowAsync(Header, ct);
    }

    /// <summary>"name", then "name (2)", "name (3)"…, shortened to fit Excel's 31 characters.</summary>
    public static string SheetName(string name, int sheet)
    {
        var suffix = sheet == 1 ? "" : $" ({sheet})";
        return name[..Math.Min(name.Length, SheetNameLength - suffix.Length)].TrimEnd() + suffix;
    }
}
