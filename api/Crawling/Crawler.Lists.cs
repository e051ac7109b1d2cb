using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using static InstaIntel.Api.Crawling.CrawlOutcome;

namespace InstaIntel.Api.Crawling;

public sealed partial class Crawler
{
    private const int ReadAttempts = 3;

    /// <summary>
    /// Fetches one list from its checkpoint, or from its start on <paramref name="startOn"/> (the source that served
    /// the list before: one that broke there is not asked again): head-only when <see cref="HeadOnlyRead"/> allows it
    /// and the counts say nobody left, otherwise to its end. A <see cref="ListRead"/>, or how the crawl ends.
    /// </summary>
    private async Task<CrawlOutcome> CrawlListAsync(Crawl crawl, Account account, FollowList list, InstagramSession session,
        FollowSource startOn, CancellationToken ct)
    {
        var fetched = list == FollowList.Followers ? crawl.FollowersFetched : crawl.FollowingFetched;
        var checkpoint = Checkpoint.Parse(list == FollowList.Followers ? crawl.FollowersCheckpoint : crawl.FollowingCheckpoint);
        var order = Options.SourcesFor(session);
        if (checkpoint?.Done == true) return new ListRead(checkpoint.Source, await ListedAsync(services.Db, crawl.Id, list, fetched, ct));
        // A checkpoint another session's client left is not this one's to follow: the list starts over on its own surface.
        if (checkpoint is not null && !session.MayUse(checkpoint.Source)) (checkpoint, fetched) = (null, 0);

        var source = checkpoint?.Source ?? (session.MayUse(startOn) ? startOn : order[0]);
        var cursor = checkpoint?.Cursor;
        var unreadable = 0;
        // A list resumed mid-way is read to its end: the head it read before the stop is not known here.
        var head = checkpoint is null ? await StartHeadAsync(crawl, list, source, ct) : null;
        while (true)
        {
            var read = await ReadAsync(crawl.Id, async () => new Page(await services.Cache.PageAsync(session, source, list, account.Pk!.Value, cursor, crawl.ForceRefresh,
                ct => services.Instagram.GetPageAsync(source, list, account.Pk!.Value, account.Username, cursor, session, ct), ct)), ct);
            switch (read)
            {
                case Page(var page):
                    unreadable = 0;
                    await services.Counts.RecordListTotalAsync(account.Id, list, page.Total, cursor, ct);
                    fetched += page.Profiles.Count;
                    var after = page.Next is null ? new Checkpoint(source, null, Done: true) : new Checkpoint(source, page.Next, Done: false);
                    await services.Ingest.IngestPageAsync(crawl.Id, list, page.Profiles, after.ToString(), ct);
                    await services.Notifier.PublishProgressAsync(crawl.Id, ct);
                    if (page.Next is null) return new ListRead(source, fetched, page.CutShort);
                    cursor = page.Next;

                    var verdict = head is null ? HeadVerdict.ReadToEnd : await head.ReadAsync(services.Db, page.Profiles, ct);
                    if (verdict == HeadVerdict.Stop)
                    {
                        await services.Ingest.EndHeadOnlyAsync(crawl.Id, list, new Checkpoint(source, null, Done: true).ToString(), ct);
                        Log.LogInformation("Crawl {CrawlId}: {List} read head-only ({Fetched} listed); the counts say nobody left", crawl.Id, list, fetched);
                        return new ListRead(source, head!.Listed);
                    }
                    if (verdict == HeadVerdict.ReadToEnd && head is not null)
                    {
                        Log.LogInformation("Crawl {CrawlId}: {List} is read to its end: {Why}", crawl.Id, list, head.Why);
                        head = null;
                    }
                    break;
                case Unreadable when ++unreadable < ReadAttempts:
                    break;
                case NeedsSession { Problem: AppOutdatedException } when NextOf(order, source, SessionClient.Browser) is { } web:
                    // The app version is refused; the session's browser surfaces (it allows them) are not.
                    Log.LogWarning("Crawl {CrawlId}: Instagram refused the app version {Version}; {Next} takes over", crawl.Id, Options.Android.AppVersion, web);
                    (source, cursor, unreadable, fetched) = (web, null, 0, 0);
                    head = head is null ? null : await StartHeadAsync(crawl, list, source, ct);
                    break;
                case SourceFailure(var reason) when Next(order, source) is { } next:
                    // Another source pages differently, so its list starts over; staging drops the profiles seen twice.
                    Log.LogWarning("Crawl {CrawlId}: {Source} failed ({Reason}); {Next} takes over", crawl.Id, source, reason, next);
                    (source, cursor, unreadable, fetched) = (next, null, 0, 0);
                    head = head is null ? null : await StartHeadAsync(crawl, list, source, ct);
                    break;
                case Unreachable(var cause):
                    return new Offline(cause);
                case SourceFailure(var reason):
                    return new SurfacesExhausted(session.Client, reason);
                default:
                    return read.AsEnd();
            }
        }
    }

    private async Task<HeadOnlyRead?> StartHeadAsync(Crawl crawl, FollowList list, FollowSource source, CancellationToken ct)
    {
        var o = Options;
        var pageSize = source switch { FollowSource.MobileApi or FollowSource.MobileGraphql => o.Android.PageSize, FollowSource.WebGraphql => o.WebPageSize, _ => o.Browser.PageSize };
        var count = list == FollowList.Followers ? crawl.FollowersExpected : crawl.FollowingExpected;
        return await HeadOnlyRead.StartAsync(services.Db, crawl, list, count, o.Refresh.KnownRun > 0 ? o.Refresh.KnownRun : pageSize, o.Refresh, Now, ct);
    }

    /// <summary>A list that ended before a restart: how many it holds (the carried-over ones too, when it was read head-only).</summary>
    private static async Task<int> ListedAsync(InstaIntelDb db, long crawlId, FollowList list, int fetched, CancellationToken ct)
    {
        var crawl = await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
        if ((list == FollowList.Followers ? crawl.FollowersMethod : crawl.FollowingMethod) != CrawlMethod.HeadOnly) return fetched;
        var staged = db.StagedProfiles.Where(p => p.CrawlId == crawlId && p.List == list).Select(p => p.ProfilePk);
        var present = list == FollowList.Followers
            ? await db.Followers.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null, ct)
            : await db.Following.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null, ct);
        var known = list == FollowList.Followers
            ? await db.Followers.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null && staged.Contains(e.ProfilePk), ct)
            : await db.Following.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null && staged.Contains(e.ProfilePk), ct);
        return present + await staged.Distinct().CountAsync(ct) - known;
    }

    private static FollowSource? Next(IReadOnlyList<FollowSource> order, FollowSource current)
    {
        var index = order.ToList().IndexOf(current);
        return index >= 0 && index + 1 < order.Count ? order[index + 1] : null;
    }

    /// <summary>The first source after <paramref name="current"/> that belongs to <paramref name="client"/>.</summary>
    private static FollowSource? NextOf(IReadOnlyList<FollowSource> order, FollowSource current, SessionClient client) =>
        order.SkipWhile(s => s != current).Skip(1).Where(s => s.BelongsTo(client)).Cast<FollowSource?>().FirstOrDefault();
}
