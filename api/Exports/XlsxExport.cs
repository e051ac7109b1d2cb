using MiniExcelLibs;

namespace InstaIntel.Api.Exports;

/// <summary>
/// XLSX through MiniExcel's streaming writer. A sheet holds at most <c>maxRowsPerSheet</c> rows with its header
/// (Excel's limit is 1,048,576); the rows after that continue on "name (2)", "name (3)" and so on.
/// </summary>
public static class XlsxExport
{
    public static async Task WriteAsync(Stream body, IEnumerable<ExportRow> rows, long rowCount, string sheetName, int maxRowsPerSheet, CancellationToken ct)
    {
        var perSheet = maxRowsPerSheet - 1;
        var sheetCount = Math.Max(1, (rowCount + perSheet - 1) / perSheet);
        using var source = rows.GetEnumerator();
        var sheets = new Dictionary<string, object>();
        for (var i = 1; i <= sheetCount; i++)
            sheets[i == 1 ? sheetName : $"{sheetName} ({i})"] = Next(source, perSheet);
        await MiniExcel.SaveAsAsync(body, sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
    }

    /// <summary>The next sheet's rows from the shared source; MiniExcel writes sheets in order, each pulling its share.</summary>
    private static IEnumerable<ExportRow> Next(IEnumerator<ExportRow> source, int count)
    {
        for (var i = 0; i < count && source.MoveNext(); i++) yield return source.Current;
    }
}
