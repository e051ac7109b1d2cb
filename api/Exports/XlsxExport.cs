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

    private static readonly DataCell[] Header = [.. ExportRow.Headers.Select(h => new DataCell(h))];

    private static readonly double[] ColumnWidths = [24, 28, 9, 9, 44, 60, 20, 20, 9];

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
            cells[0] = new(XlsxText.Clean(row.Handle));
            cells[1] = new(XlsxText.Clean(row.FullName));
            cells[2] = new(row.Verified);
            cells[3] = new(row.Private);
            cells[4] = new(XlsxText.Clean(row.ProfileUrl));
            cells[5] = new(XlsxText.Clean(row.PictureUrl));
            cells[6] = new(row.FirstSeen);
            cells[7] = new(row.LastSeen);
            cells[8] = new(row.Status);
            await book.AddRowAsync(cells, ct);
            sheetRows++;
        }
        if (sheets == 0) await StartSheetAsync(book, SheetName(sheetName, 1), ct);
        await book.FinishAsync(ct);
    }

    private static async Task StartSheetAsync(Spreadsheet book, string name, CancellationToken ct)
    {
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (var i = 0; i < ColumnWidths.Length; i++) options.Column(i + 1).Width = ColumnWidths[i];
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
