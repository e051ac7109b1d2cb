namespace InstaIntel.Api.Exports;

/// <summary>What a column holds, which decides how each format writes it.</summary>
public enum ExportValue { Text, Flag, Time }

/// <summary>
/// One column of a follower export: its header (CSV and XLSX), its JSON property, its XLSX width and how it reads a
/// row. <see cref="All"/> is the one table the CSV, XLSX and JSON writers read, in this order.
/// </summary>
public sealed record ExportColumn(string Header, string JsonName, double Width, ExportValue Value,
    Func<ExportRow, string?>? Text = null, Func<ExportRow, bool>? Flag = null, Func<ExportRow, DateTime?>? Time = null)
{
    public static readonly IReadOnlyList<ExportColumn> All =
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
    ];

    private static ExportColumn OfText(string header, string json, double width, Func<ExportRow, string?> read) => new(header, json, width, ExportValue.Text, Text: read);
    private static ExportColumn OfFlag(string header, string json, double width, Func<ExportRow, bool> read) => new(header, json, width, ExportValue.Flag, Flag: read);
    private static ExportColumn OfTime(string header, string json, double width, Func<ExportRow, DateTime?> read) => new(header, json, width, ExportValue.Time, Time: read);
}
