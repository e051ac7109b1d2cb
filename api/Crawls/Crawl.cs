using System.ComponentModel;
using System.Linq.Expressions;
using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Crawls;

/// <summary>
/// Paused states wait for something: Instagram's rate window, the end of an action block (both with `ResumesAt`),
/// or a working session (it resumes when one is connected). Incomplete: Instagram showed only part of a list, so
/// nobody is marked lost.
/// </summary>
[Description("Where a crawl is, or how it ended.")]
public enum CrawlStatus
{
    [Description("Waiting for its turn.")] Queued,
    [Description("Fetching.")] Running,
    [Description("Waiting out an Instagram rate limit until `resumesAt`.")] PausedRateLimited,
    [Description("Waiting out an action block of its session.")] PausedActionBlocked,
    [Description("Waiting for a working Instagram session.")] PausedNeedsSession,
    [Description("Instagram did not answer at all (network, proxy, outage): tries again at `resumesAt`, waiting longer each time.")] PausedUnreachable,
    [Description("Ended with the whole lists.")] Succeeded,
    [Description("Ended with part of a list: nobody is marked lost.")] Incomplete,
    [Description("Ended with an error: nobody is marked lost.")] Failed,
    [Description("Cancelled: nobody is marked lost.")] Cancelled,
}

public static class CrawlStatuses
{
    /// <summary>A crawl in one of these has not ended: it may still be run, resumed or cancelled.</summary>
    public static readonly CrawlStatus[] Active =
        [CrawlStatus.Queued, CrawlStatus.Running, CrawlStatus.PausedRateLimited, CrawlStatus.PausedActionBlocked, CrawlStatus.PausedNeedsSession, CrawlStatus.PausedUnreachable];

    /// <summary>The ways a crawl pauses: it has not ended, and goes on by itself or once the user acts.</summary>
    public static readonly CrawlStatus[] Paused =
        [CrawlStatus.PausedRateLimited, CrawlStatus.PausedActionBlocked, CrawlStatus.PausedNeedsSession, CrawlStatus.PausedUnreachable];

    public static bool IsActive(this CrawlStatus status) => Active.Contains(status);

    /// <summary>The status in words, for messages: "paused until a session works", "incomplete".</summary>
    public static string Describe(this CrawlStatus status) => status switch
    {
        CrawlStatus.PausedRateLimited => "paused by a rate limit",
        CrawlStatus.PausedActionBlocked => "paused by an action block",
        CrawlStatus.PausedNeedsSession => "waiting for a working session",
        CrawlStatus.PausedUnreachable => "waiting for Instagram to answer",
        _ => status.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// How a list was read: FULL to its end (whoever was not listed is lost), or HEAD_ONLY, from the top until a run of
/// followers already known, with everyone below carried over because the counts say nobody left.
/// </summary>
public enum CrawlMethod
{
    [Description("Read from the top until a run of known followers; the count said nobody left, so the rest was carried over.")] HeadOnly,
    [Description("Read to the end.")] Full,
}

[Flags]
[Description("Which lists a crawl fetches.")]
public enum CrawlLists
{
    [Description("The followers list only.")] Followers = 1,
    [Description("The following list only.")] Following = 2,
    [Description("Both lists.")] Both = Followers | Following,
}


/// <summary>One crawl of a target. Counts per list are filled in when the crawl completes.</summary>
public sealed class Crawl
{
    public long Id { get; set; }
    public long AccountId { get; set; }
    public CrawlLists Lists { get; set; }
    public CrawlStatus Status { get; set; }
    public FollowSource? Source { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int FollowersFetched { get; set; }
    public int FollowingFetched { get; set; }
    public int? FollowersExpected { get; set; }
    public int? FollowingExpected { get; set; }
    /// <summary>Where to resume each list: the next page's cursor or max_id.</summary>
    public string? FollowersCheckpoint { get; set; }
    public string? FollowingCheckpoint { get; set; }
    public int? FollowersTotal { get; set; }
    public int? FollowersNew { get; set; }
    public int? FollowersLost { get; set; }
    public int? FollowingTotal { get; set; }
    public int? FollowingNew { get; set; }
    public int? FollowingLost { get; set; }
    public string? Error { get; set; }
    /// <summary>While paused by a rate limit: when the crawl continues.</summary>
    public DateTime? ResumesAt { get; set; }
    /// <summary>Asks Instagram afresh instead of reusing answers cached by recent crawls.</summary>
    public bool ForceRefresh { get; set; }
    /// <summary>How each list was read; set when the list's reading ends (HeadOnly) or the crawl completes (Full).</summary>
    public CrawlMethod? FollowersMethod { get; set; }
    public CrawlMethod? FollowingMethod { get; set; }
    /// <summary>What the lists gave against the profile's counts (the lowest of the lists it covers), when the counts were known.</summary>
    public double? Completeness { get; set; }
    /// <summary>The crawl worker (`Workers:Name`) that holds the crawl while it runs it; null when no worker does.</summary>
    public string? ClaimedBy { get; set; }
    /// <summary>Until when the claim holds unless its worker renews it: a claim past it belongs to a worker that is gone.</summary>
    public DateTime? LeaseUntil { get; set; }

    /// <summary>When a crawl saw the lists it fetched: its finish, or its creation while unfinished.</summary>
    public static readonly Expression<Func<Crawl, DateTime>> SeenAt = s => s.FinishedAt ?? s.CreatedAt;

    public int Fetched => FollowersFetched + FollowingFetched;
    public int? Expected => Covers(FollowList.Followers) && FollowersExpected is null || Covers(FollowList.Following) && FollowingExpected is null
        ? null
        : (Covers(FollowList.Followers) ? FollowersExpected ?? 0 : 0) + (Covers(FollowList.Following) ? FollowingExpected ?? 0 : 0);

    /// <summary>HeadOnly when any list it read was carried over below its head; Full once every list was read to the end.</summary>
    public CrawlMethod? Method => FollowersMethod == CrawlMethod.HeadOnly || FollowingMethod == CrawlMethod.HeadOnly ? CrawlMethod.HeadOnly
        : FollowersMethod ?? FollowingMethod;

    public bool Covers(FollowList list) => Lists.HasFlag(list == FollowList.Followers ? CrawlLists.Followers : CrawlLists.Following);
}
