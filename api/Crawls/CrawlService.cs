using InstaIntel.Api.Alerts;
using InstaIntel.Api.Crawling;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Crawls;

/// <summary>
/// A crawl's life outside its pages: queued, running, paused (rate limit, action block, no working session) and
/// ended. Every change of a crawl's state goes through here, and each one publishes the crawl's progress and state
/// event as it happens, so no path can change a state without its subscribers hearing of it.
/// </summary>
public sealed class CrawlService(InstaIntelDb db, IngestService ingest, CrawlNotifier notifier, CrawlCommands crawls, TimeProvider clock)
{
    /// <summary>
    /// Queues a crawl of the account and hands it to the crawl queue, unless the account has one that has not ended:
    /// then that one is returned as <see cref="CrawlStart.AlreadyActive"/>. <paramref name="inBrowser"/>: the crawl is
    /// the browser companion's (source Browser), which hears of it by its event; no crawl worker takes it.
    /// </summary>
    public async Task<CrawlStart> StartAsync(long accountId, CrawlLists lists, bool forceRefresh, CancellationToken ct, bool inBrowser = false)
    {
        if (await ActiveForAsync(accountId, ct) is { } active) return new CrawlStart.AlreadyActive(active);
        var crawl = await QueueAsync(accountId, lists, ct, forceRefresh, inBrowser ? FollowSource.Browser : null);
        if (!inBrowser) await crawls.EnqueueAsync(crawl.Id, ct);
        return new CrawlStart.Queued(crawl);
    }

    /// <summary>Records a queued crawl (and its event) without handing it to the queue.</summary>
    /// <param name="source">Set for an archive import or a browser crawl, which the crawl queue leaves alone; a server crawl's source is known once it has read.</param>
    public async Task<Crawl> QueueAsync(long accountId, CrawlLists lists, CancellationToken ct, bool forceRefresh = false, FollowSource? source = null)
    {
        var crawl = new Crawl
        {
            AccountId = accountId,
            Lists = lists,
            Status = CrawlStatus.Queued,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ForceRefresh = forceRefresh,
            Source = source,
        };
        return await AddAsync(crawl, ct);
    }

    /// <summary>
    /// Stops a crawl that has not ended. A running one stops itself within a page wherever it runs (this waits up to
    /// <paramref name="wait"/> for it); one that is queued, paused or whose worker is gone is ended here. Nothing it
    /// fetched counts.
    /// </summary>
    public async Task<CrawlCancel> CancelAsync(long crawlId, CancellationToken ct, TimeSpan? wait = null)
    {
        var crawl = await FindAsync(crawlId, ct);
        if (crawl is null) return new CrawlCancel.NotFound();
        if (!crawl.Status.IsActive()) return new CrawlCancel.AlreadyEnded(crawl);

        if (crawl.Status is CrawlStatus.Running or CrawlStatus.PausedRateLimited && crawl.Source != FollowSource.Browser)
        {
            await crawls.CancelAsync(crawl.Id, ct);
            crawl = await WaitUntilEndedAsync(crawl.Id, wait ?? TimeSpan.FromSeconds(10), ct);
        }
        if (crawl.Status.IsActive())
        {
            try
            {
                crawl = await StopAsync(crawl.Id, CrawlStatus.Cancelled, "Cancelled.", ct);
            }
            catch (CrawlStateException)
            {
                // It ended by itself meanwhile: report it as it is.
                crawl = await GetAsync(crawl.Id, ct);
            }
        }
        return new CrawlCancel.Cancelled(crawl);
    }

    public async Task MarkRunningAsync(long crawlId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Crawls.Where(s => s.Id == crawlId && CrawlStatuses.Active.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, CrawlStatus.Running)
                .SetProperty(s => s.StartedAt, s => s.StartedAt ?? now)
                .SetProperty(s => s.ResumesAt, (DateTime?)null)
                .SetProperty(s => s.Error, (string?)null), ct);
        await notifier.PublishAsync(crawlId, ct);
    }

    /// <summary>Pauses an unfinished crawl; <paramref name="why"/> tells the user what it waits for.</summary>
    public async Task PauseAsync(long crawlId, CrawlStatus paused, DateTime? resumesAt, string? why, CancellationToken ct)
    {
        if (!CrawlStatuses.Paused.Contains(paused))
            throw new ArgumentOutOfRangeException(nameof(paused), paused, $"A crawl pauses as one of {string.Join(", ", CrawlStatuses.Paused)}.");
        await db.Crawls.Where(s => s.Id == crawlId && CrawlStatuses.Active.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, paused).SetProperty(s => s.ResumesAt, resumesAt).SetProperty(s => s.Error, why), ct);
        await notifier.PublishAsync(crawlId, ct);
    }

    /// <summary>
    /// Puts a paused browser crawl back in the queue for the browser companion ("Resume in my browser"); it goes on
    /// from its checkpoints. False when the crawl is not paused.
    /// </summary>
    public async Task<bool> RequeueAsync(long crawlId, CancellationToken ct)
    {
        var paused = CrawlStatuses.Paused;
        var changed = await db.Crawls.Where(s => s.Id == crawlId && paused.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, CrawlStatus.Queued).SetProperty(s => s.ResumesAt, (DateTime?)null)
                .SetProperty(s => s.Error, (string?)null), ct);
        if (changed == 1) await notifier.PublishAsync(crawlId, ct);
        return changed == 1;
    }

    /// <summary>Applies a running crawl's delta to the lists it covers and marks it succeeded.</summary>
    /// <param name="seenAt">When the lists were as given, if not now: the day Instagram made an imported archive.</param>
    public async Task<Crawl> CompleteAsync(long crawlId, FollowSource? source, CancellationToken ct, DateTime? seenAt = null)
    {
        var crawl = await ingest.CompleteAsync(crawlId, source, ct, seenAt, alsoRecord: AlertOutbox.CrawlEnded(crawlId, clock));
        await notifier.PublishAsync(crawlId, CancellationToken.None); // it has ended: its subscribers hear so even if the caller gave up
        return crawl;
    }

    /// <summary>
    /// Records lists seen before the account's newest complete crawl (an older archive): a crawl that ended then, which
    /// changes no edge, since it cannot tell who left since.
    /// </summary>
    public async Task<Crawl> RecordPastAsync(long accountId, FollowSource source, DateTime seenAt, int followers, int following, CancellationToken ct)
    {
        var crawl = new Crawl
        {
            AccountId = accountId,
            Lists = CrawlLists.Both,
            Status = CrawlStatus.Succeeded,
            Source = source,
            CreatedAt = seenAt,
            StartedAt = seenAt,
            FinishedAt = seenAt,
            FollowersTotal = followers,
            FollowingTotal = following,
        };
        return await AddAsync(crawl, ct);
    }

    /// <summary>Ends a crawl as Failed, Cancelled or Incomplete, without touching any edge.</summary>
    public async Task<Crawl> StopAsync(long crawlId, CrawlStatus status, string? error, CancellationToken ct)
    {
        var crawl = await ingest.StopAsync(crawlId, status, error, ct, alsoRecord: AlertOutbox.CrawlEnded(crawlId, clock));
        await notifier.PublishAsync(crawlId, CancellationToken.None);
        return crawl;
    }

    /// <summary>Records a new crawl and announces it.</summary>
    private async Task<Crawl> AddAsync(Crawl crawl, CancellationToken ct)
    {
        db.Crawls.Add(crawl);
        await db.SaveChangesAsync(ct);
        await Counts.TrackingLevels.ListsForCrawlAsync(db, crawl.AccountId, ct); // asking for a crawl is choosing lists
        await notifier.PublishAsync(crawl.Id, ct);
        return crawl;
    }

    public Task<Crawl?> ActiveForAsync(long accountId, CancellationToken ct) =>
        db.Crawls.AsNoTracking().Where(s => s.AccountId == accountId && CrawlStatuses.Active.Contains(s.Status)).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);

    /// <summary>Every crawl that was queued or under way, oldest first: what to resume after a restart.</summary>
    public Task<List<long>> UnfinishedAsync(CancellationToken ct) =>
        Crawls.Where(s => CrawlStatuses.Active.Contains(s.Status)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);

    /// <summary>Crawls that say they are queued or running: a queue that holds none of them lost them (e.g. their end failed to save).</summary>
    public Task<List<long>> QueuedOrRunningAsync(CancellationToken ct) =>
        Crawls.Where(s => s.Status == CrawlStatus.Queued || s.Status == CrawlStatus.Running).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);

    /// <summary>What the crawl queue runs: everything but archive imports, which run inside their upload's request, and browser crawls.</summary>
    private IQueryable<Crawl> Crawls => db.Crawls.Where(s => s.Source == null || s.Source != FollowSource.DataExport && s.Source != FollowSource.Browser);

    /// <summary>Crawls waiting in <paramref name="status"/> (ready by now, when they have a resume time).</summary>
    public Task<List<long>> WaitingAsync(CrawlStatus status, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return Crawls.Where(s => s.Status == status && (s.ResumesAt == null || s.ResumesAt <= now)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
    }

    public Task SetExpectedAsync(long crawlId, int followers, int following, CancellationToken ct) =>
        db.Crawls.Where(s => s.Id == crawlId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FollowersExpected, followers).SetProperty(s => s.FollowingExpected, following), ct);

    public Task SetExpectedAsync(long crawlId, FollowList list, int count, CancellationToken ct) => list == FollowList.Followers
        ? db.Crawls.Where(s => s.Id == crawlId).ExecuteUpdateAsync(u => u.SetProperty(s => s.FollowersExpected, count), ct)
        : db.Crawls.Where(s => s.Id == crawlId).ExecuteUpdateAsync(u => u.SetProperty(s => s.FollowingExpected, count), ct);

    /// <summary>Records what the lists gave against the profile's counts, before the crawl ends complete or incomplete.</summary>
    public Task SetCompletenessAsync(long crawlId, double? completeness, CancellationToken ct) =>
        db.Crawls.Where(s => s.Id == crawlId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Completeness, completeness), ct);

    public Task<Crawl> GetAsync(long crawlId, CancellationToken ct) => db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);

    public Task<Crawl?> FindAsync(long crawlId, CancellationToken ct) => db.Crawls.AsNoTracking().SingleOrDefaultAsync(s => s.Id == crawlId, ct);

    /// <summary>The crawl once it has left the active states, or as it is when the wait runs out.</summary>
    public async Task<Crawl> WaitUntilEndedAsync(long crawlId, TimeSpan wait, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            var crawl = await GetAsync(crawlId, ct);
            if (!crawl.Status.IsActive() || clock.GetUtcNow() >= deadline) return crawl;
            await Task.Delay(TimeSpan.FromMilliseconds(50), clock, ct);
        }
    }
}

/// <summary>What asking for a crawl came to.</summary>
public abstract record CrawlStart
{
    public sealed record Queued(Crawl Crawl) : CrawlStart;
    public sealed record AlreadyActive(Crawl Crawl) : CrawlStart;
}

/// <summary>What asking to cancel a crawl came to.</summary>
public abstract record CrawlCancel
{
    public sealed record NotFound : CrawlCancel;
    public sealed record AlreadyEnded(Crawl Crawl) : CrawlCancel;
    /// <summary>The crawl as it is now: cancelled, or ended some other way while it was being stopped.</summary>
    public sealed record Cancelled(Crawl Crawl) : CrawlCancel;
}
