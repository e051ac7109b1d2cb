namespace InstaIntel.Api.Exports;

public sealed class ExportOptions
{
    /// <summary>Rows per XLSX sheet, header included; Excel opens at most 1,048,576.</summary>
    public int MaxRowsPerSheet { get; set; } = 1_048_576;
}
