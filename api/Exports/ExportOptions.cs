namespace InstaIntel.Api.Exports;

public sealed class ExportOptions
{
    public const int ExcelRowLimit = 1_048_576;

    /// <summary>Rows per XLSX sheet, header included; Excel opens at most <see cref="ExcelRowLimit"/>.</summary>
    public int MaxRowsPerSheet { get; set; } = ExcelRowLimit;
}
