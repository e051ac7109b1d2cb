using System.Globalization;
using InstaIntel.Api.Followers;
using MiniExcelLibs.Attributes;

namespace InstaIntel.Api.Exports;

/// <summary>One exported relation. The column names are the XLSX and CSV headers; JSON uses the property names.</summary>
public sealed record ExportRow
{
    public static readonly string[] Headers = ["handle", "full name", "verified", "private", "profile URL", "picture URL", "first seen", "last seen", "status"];

    [ExcelColumnName("handle")] public required string Handle { get; init; }
    [ExcelColumnName("full name")] public required string FullName { get; init; }
    [ExcelColumnName("verified")] public bool Verified { get; init; }
    [ExcelColumnName("private")] public bool Private { get; init; }
    [ExcelColumnName("profile URL")] public required string ProfileUrl { get; init; }
    [ExcelColumnName("picture URL")] public string? PictureUrl { get; init; }
    [ExcelColumnName("first seen")] public DateTime FirstSeen { get; init; }
    [ExcelColumnName("last seen")] public DateTime LastSeen { get; init; }
    /// <summary>present, new (first seen in the latest complete crawl) or lost.</summary>
    [ExcelColumnName("status")] public required string Status { get; init; }

    public static ExportRow From(FollowerRow row) => new()
    {
        Handle = row.Username,
        FullName = row.FullName,
        Verified = row.IsVerified,
        Private = row.IsPrivate,
        ProfileUrl = row.ProfileUrl,
        PictureUrl = row.ProfilePicUrl,
        // SQLite hands times back without a kind; everything stored is UTC.
        FirstSeen = DateTime.SpecifyKind(row.FirstSeenAt, DateTimeKind.Utc),
        LastSeen = DateTime.SpecifyKind(row.LastSeenAt, DateTimeKind.Utc),
        Status = row.LostInScrapeKey != 0 ? "lost" : row.IsNew ? "new" : "present",
    };

    /// <summary>The cells as text, in <see cref="Headers"/> order.</summary>
    public string[] Texts() =>
        [Handle, FullName, Bool(Verified), Bool(Private), ProfileUrl, PictureUrl ?? "", Time(FirstSeen), Time(LastSeen), Status];

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
