using InstaIntel.Api.Accounts;
using InstaIntel.Api.Followers;

namespace InstaIntel.Api.Exports;

/// <summary>One exported relation; <see cref="ExportColumn.All"/> says how each format writes it.</summary>
public sealed record ExportRow
{
    public required string Handle { get; init; }
    public required string FullName { get; init; }
    public bool Verified { get; init; }
    public bool Private { get; init; }
    public required string ProfileUrl { get; init; }
    public string? PictureUrl { get; init; }
    public DateTime FirstSeen { get; init; }
    public DateTime LastSeen { get; init; }
    /// <summary>present, new (first seen in the latest complete crawl) or lost.</summary>
    public required string Status { get; init; }
    /// <summary>When the relation began, where an imported data download tells it.</summary>
    public DateTime? FollowedSince { get; init; }
    /// <summary>For a lost relation: why, once checked (unfollowed, deactivated, blocked, unavailable).</summary>
    public string? LostReason { get; init; }

    /// <summary>
    /// The columns of the follower rows an export reads. Crawl ids stand in for the first- and last-seen times, which
    /// come from the account's few crawls (<see cref="SeenTimes"/>) instead of being read and parsed once per row.
    /// </summary>
    public static IQueryable<ExportColumns> Columns(IQueryable<FollowerRow> rows) =>
        rows.Select(r => new ExportColumns(r.Username, r.FullName, r.ProfilePicUrl, r.IsVerified, r.IsPrivate,
            r.FirstSeenCrawlId, r.LastSeenCrawlId, r.LostInCrawlKey != 0, r.IsNew, r.FollowedAt, r.LostReason));

    public static ExportRow From(ExportColumns row, SeenTimes times) => new()
    {
        Handle = row.Username,
        FullName = row.FullName,
        Verified = row.IsVerified,
        Private = row.IsPrivate,
        ProfileUrl = Accounts.Handle.ProfileUrl(row.Username),
        PictureUrl = row.ProfilePicUrl,
        FirstSeen = times[row.FirstSeenCrawlId],
        LastSeen = times[row.LastSeenCrawlId],
        Status = row.IsLost ? "lost" : row.IsNew ? "new" : "present",
        FollowedSince = row.FollowedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
        LostReason = row.LostReason?.ToString().ToLowerInvariant(),
    };
}

public sealed record ExportColumns(string Username, string FullName, string? ProfilePicUrl, bool IsVerified, bool IsPrivate,
    long FirstSeenCrawlId, long LastSeenCrawlId, bool IsLost, bool IsNew, DateTime? FollowedAt, LostReasons.LostReason? LostReason);
