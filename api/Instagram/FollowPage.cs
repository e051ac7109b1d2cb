using InstaIntel.Api.Ingest;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Where a list is read: the browser's REST surface, the Android app's API, the legacy web GraphQL hashes, the data
/// download archive a person uploads, or the user's own browser through the companion extension (which the server's
/// crawl workers never run: the extension feeds it page by page).
/// </summary>
public enum FollowSource { WebApi, MobileApi, WebGraphql, DataExport, MobileGraphql, Browser }

/// <summary>
/// Which real client a session came from, and so which surfaces it may be used on: a cookie imported from a browser
/// or a web login reads lists only as instagram.com does; a session made by logging in as the Android app, only as
/// the app does. Using one on the other's surfaces can log the user's browser out (docs/instagram-shapes.md).
/// </summary>
public enum SessionClient { Browser, App }

public static class FollowSources
{
    /// <summary>The surfaces a client of this kind reads lists from.</summary>
    public static bool BelongsTo(this FollowSource source, SessionClient client) => source switch
    {
        FollowSource.WebApi or FollowSource.WebGraphql => client == SessionClient.Browser,
        FollowSource.MobileApi or FollowSource.MobileGraphql => client == SessionClient.App,
        _ => false,
    };
}

/// <summary>
/// One page of a followers or following list, and where the next one starts (null on the last page). CutShort: the
/// page says the list is big (`big_list`) yet gives no next page, so Instagram ended it early.
/// </summary>
public sealed record FollowPage(IReadOnlyList<ProfileData> Profiles, string? Next, int? Total, bool CutShort = false);

/// <summary>What a profile lookup tells about an account.</summary>
public sealed record InstagramProfile(long Pk, string Username, string FullName, string? ProfilePicUrl,
    bool IsPrivate, bool IsVerified, int FollowerCount, int FollowingCount, bool FollowedByViewer)
{
    /// <summary>Posts, biography and website, which the daily counts read records (null when the answer left them out).</summary>
    public int? PostCount { get; init; }
    public string? Biography { get; init; }
    public string? ExternalUrl { get; init; }
}
