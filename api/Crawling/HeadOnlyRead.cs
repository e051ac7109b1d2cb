using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Crawling;

/// <summary>What a head-only read makes of the pages so far.</summary>
public enum HeadVerdict { ReadOn, Stop, ReadToEnd }

/// <summary>
/// Reads one list from its top, as Instagram lists it (newest first), against what the last complete crawl left:
/// `present` followers then, `gap` between the profile's count and the list's length at the last full crawl. Once a
/// run of known followers has been met it reconciles: with `n` new ones met and `count` the profile's count now, the
/// list lost `present + n − (count − gap)` people. Zero: the read stops and everyone below is carried over. Anything
/// else (someone left, or the counts do not add up), or a new follower below a known one (the order is not newest
/// first), and the list is read to its end, so the lost are named from what was listed, never guessed.
/// </summary>
public sealed class HeadOnlyRead(long targetId, FollowList list, int present, int gap, int count, int knownRun)
{
    private readonly HashSet<long> newMet = [];
    private int run;
    private bool metKnown;

    /// <summary>Why the last verdict asked for the whole list, in words for the log.</summary>
    public string? Why { get; private set; }

    /// <summary>Followers after this read when it stops: the present ones carried over plus the new ones met.</summary>
    public int Listed => present + newMet.Count;

    public int ExpectedLosses => present + newMet.Count - (count - gap);

    /// <summary>
    /// Starts a head-only read when the list may be read so: a full crawl of it ended within `FullEvery` with both
    /// its count and its total known, and the profile's count is known now. Null: read the whole list. (Fetching fresh
    /// only bypasses the cache: the nightly refresh always does, and is what head-only reads are for.)
    /// </summary>
    public static async Task<HeadOnlyRead?> StartAsync(InstaIntelDb db, Crawl crawl, FollowList list, int? count, int knownRun,
        RefreshOptions options, DateTime now, CancellationToken ct)
    {
        if (count is null || options.FullEvery <= TimeSpan.Zero) return null;
        var flag = list == FollowList.Followers ? CrawlLists.Followers : CrawlLists.Following;
        var since = now - options.FullEvery;
        var crawls = db.Crawls.AsNoTracking().Where(s => s.AccountId == crawl.AccountId && s.Id != crawl.Id && s.Status == CrawlStatus.Succeeded
            && (s.Lists & flag) == flag && s.Source != FollowSource.DataExport);
        var lastFull = list == FollowList.Followers
            ? await crawls.Where(s => s.FollowersMethod != CrawlMethod.HeadOnly).OrderByDescending(s => s.Id)
                .Select(s => new { s.FinishedAt, Expected = s.FollowersExpected, Total = s.FollowersTotal }).FirstOrDefaultAsync(ct)
            : await crawls.Where(s => s.FollowingMethod != CrawlMethod.HeadOnly).OrderByDescending(s => s.Id)
                .Select(s => new { s.FinishedAt, Expected = s.FollowingExpected, Total = s.FollowingTotal }).FirstOrDefaultAsync(ct);
        if (lastFull is not { Expected: { } expected, Total: { } total } || lastFull.FinishedAt < since) return null;
        var present = list == FollowList.Followers
            ? await db.Followers.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null, ct)
            : await db.Following.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null, ct);
        return new HeadOnlyRead(crawl.AccountId, list, present, expected - total, count.Value, knownRun);
    }

    /// <summary>Takes the next page (already stored); says whether to read on, stop here or read the whole list.</summary>
    public async Task<HeadVerdict> ReadAsync(InstaIntelDb db, IReadOnlyList<ProfileData> page, CancellationToken ct)
    {
        var pks = page.Select(p => p.Pk).Distinct().ToList();
        var known = (list == FollowList.Followers
            ? await db.Followers.Where(e => e.TargetId == targetId && e.LostInCrawlId == null && pks.Contains(e.ProfilePk)).Select(e => e.ProfilePk).ToListAsync(ct)
            : await db.Following.Where(e => e.TargetId == targetId && e.LostInCrawlId == null && pks.Contains(e.ProfilePk)).Select(e => e.ProfilePk).ToListAsync(ct))
            .ToHashSet();
        foreach (var profile in page)
        {
            if (known.Contains(profile.Pk))
            {
                metKnown = true;
                run++;
            }
            else if (metKnown)
            {
                Why = $"@{profile.Username} is new but listed below people already known, so the list is not newest first";
                return HeadVerdict.ReadToEnd;
            }
            else newMet.Add(profile.Pk);
        }
        if (run < knownRun) return HeadVerdict.ReadOn;
        if (ExpectedLosses == 0) return HeadVerdict.Stop;
        Why = ExpectedLosses > 0
            ? $"the counts say {ExpectedLosses} left, so the whole list is read to name them"
            : $"the counts do not add up ({-ExpectedLosses} more than the list can hold), so the whole list is read";
        return HeadVerdict.ReadToEnd;
    }
}
