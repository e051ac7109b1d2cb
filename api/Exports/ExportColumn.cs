namespace InstaIntel.Api.Exports;

/// <summary>What a column holds, which decides how each format writes it.</summary>
public enum ExportValue { Text, Flag, Time, Number }

/// <summary>
/// One column of an export: its header (CSV and XLSX), its JSON property, its XLSX width and how it reads a row. A
/// table of them (<see cref="ExportColumn.All"/> for followers) is what the CSV, XLSX and JSON writers read, in order.
/// </summary>
public sealed record ExportColumn<TRow>(string Header, string JsonName, double Width, ExportValue Value,
    Func<TRow, string?>? Text = null, Func<TRow, bool>? Flag = null, Func<TRow, DateTime?>? Time = null, Func<TRow, long?>? Number = null)
{
    public static ExportColumn<TRow> OfText(string header, string json, double width, Func<TRow, string?> read) => new(header, json, width, ExportValue.Text, Text: read);
    public static ExportColumn<TRow> OfFlag(string header, string json, double width, Func<TRow, bool> read) => new(header, json, width, ExportValue.Flag, Flag: read);
    public static ExportColumn<TRow> OfTime(string header, string json, double width, Func<TRow, DateTime?> read) => new(header, json, width, ExportValue.Time, Time: read);
    public static ExportColumn<TRow> OfNumber(string header, string json, double width, Func<TRow, long?> read) => new(header, json, width, ExportValue.Number, Number: read);
}

/// <summary>The follower export's columns.</summary>
public static class ExportColumn
{
    public static readonly IReadOnlyList<ExportColumn<ExportRow>> All =
    [
        OfText("handle", "handle", 24, r => r.Handle),
        OfText("full name", "fullName", 28, r => r.FullName),
        OfFlag("verified", "verified", 9, r => r.Verified),
        OfFlag("private", "private", 9, r => r.Private),
        OfText("profile URL", "profileUrl", 44, r => r.ProfileUrl),
        OfText("picture URL", "pictureUrl", 60, r => r.PictureUrl),
        OfTime("first seen", "firstSeen", 20, r => r.FirstSeen),
        OfTime("last seen", "lastSeen", 20, r => r.LastSeen),
        OfText("status", "status", 9, r => r.Status),
        OfTime("followed since", "followedSince", 20, r => r.FollowedSince),
        OfText("lost reason", "lostReason", 12, r => r.LostReason),
    ];

    private static ExportColumn<ExportRow> OfText(string header, string json, double width, Func<ExportRow, string?> read) => ExportColumn<ExportRow>.OfText(header, json, width, read);
    private static ExportColumn<ExportRow> OfFlag(string header, string json, double width, Func<ExportRow, bool> read) => ExportColumn<ExportRow>.OfFlag(header, json, width, read);
    private static ExportColumn<ExportRow> OfTime(string header, string json, double width, Func<ExportRow, DateTime?> read) => ExportColumn<ExportRow>.OfTime(header, json, width, read);
}
