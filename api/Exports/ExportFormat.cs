using System.ComponentModel;

namespace InstaIntel.Api.Exports;

/// <summary>The file formats a follower view downloads as.</summary>
public enum ExportFormat
{
    [Description("Comma-separated values, UTF-8.")] Csv,
    [Description("An Excel workbook.")] Xlsx,
    [Description("A JSON array.")] Json,
}

public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format.ToString().ToLowerInvariant();

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/json; charset=utf-8",
    };

    public static bool TryParse(string extension, out ExportFormat format) => EnumName.TryParse(extension, out format);
}
