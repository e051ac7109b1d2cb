using InstaIntel.Api.Alerts;
using InstaIntel.Api.Crawling;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Scrapes;

/// <summary>
/// A crawl's life outside its pages: queued, running, paused (rate limit, action block, no working session) and
/// ended. Every change of a crawl's state goes through here, and each one publishes the crawl's progress and state
/// event as it happens, so no path can change a state without its subscribers hearing of it.
/// </summary>
public sealed class ScrapeService(InstaIntelDb db, IngestService ingest, ScrapeNotifier notifier, CrawlCommands crawls, TimeProvider clock)
{
    /// <summary>
    /// Queues a crawl of the account and hands it to the crawl queue, unless the account has one that has not ended:
    /// then that one is returned as <see cref="ScrapeStart.AlreadyActive"/>.
    /// </summary>
    public async Task<ScrapeStart> StartAsync(long accountId, ScrapeLists lists, bool forceRefresh, CancellationToken ct)
    {
        if (await ActiveForAsync(accountId, ct) is { } active) return new ScrapeStart.AlreadyActive(active);
        var scrape = await QueueAsync(accountId, lists, ct, forceRefresh);
        await crawls.EnqueueAsync(scrape.Id, ct);
        return new ScrapeStart.Queued(scrape);
    }

    /// <summary>Records a queued crawl (and its event) without handing it to the queue.</summary>
    /// <param name="source">Set for an archive import, which the crawl queue leaves alone; a crawl's source is known once it has read.</param>
    public async Task<Scrape> QueueAsync(long accountId, ScrapeLists lists, CancellationToken ct, bool forceRefresh = false, FollowSource? source = null)
    {
        var scrape = new Scrape
        {
            AccountId = accountId,
            Lists = lists,
            Status = ScrapeStatus.Queued,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ForceRefresh = forceRefresh,
            Source = source,
        };
        return await AddAsync(scrape, ct);
    }

    /// <summary>
    /// Stops a crawl that has not ended. A running one stops itself within a page wherever it runs (this waits up to
    /// <paramref name="wait"/> for it); one that is queued, paused or whose worker is gone is ended here. Nothing it
    /// fetched counts.
    /// </summary>
    public async Task<ScrapeCancel> CancelAsync(long scrapeId, CancellationToken ct, TimeSpan? wait = null)
    {
        var scrape = await FindAsync(scrapeId, ct);
        if (scrape is null) return new ScrapeCancel.NotFound();
        if (!scrape.Status.IsActive()) return new ScrapeCancel.AlreadyEnded(scrape);

        if (scrape.Status is ScrapeStatus.Running or ScrapeStatus.PausedRateLimited)
        {
            await crawls.CancelAsync(scrape.Id, ct);
            scrape = await WaitUntilEndedAsync(scrape.Id, wait ?? TimeSpan.FromSeconds(10), ct);
        }
        if (scrape.Status.IsActive())
        {
            try
            {
                scrape = await StopAsync(scrape.Id, ScrapeStatus.Cancelled, "Cancelled.", ct);
            }
            catch (ScrapeStateException)
            {
                // It ended by itself meanwhile: report it as it is.
                scrape = await GetAsync(scrape.Id, ct);
            }
        }
        return new ScrapeCancel.Cancelled(scrape);
    }

    public async Task MarkRunningAsync(long scrapeId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Scrapes.Where(s => s.Id == scrapeId && ScrapeStatuses.Active.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ScrapeStatus.Running)
                .SetProperty(s => s.StartedAt, s => s.StartedAt ?? now)
                .SetProperty(s => s.ResumesAt, (DateTime?)null)
                .SetProperty(s => s.Error, (string?)null), ct);
        await notifier.PublishAsync(scrapeId, ct);
    }

    /// <summary>Pauses an unfinished crawl; <paramref name="why"/> tells the user what it waits for.</summary>
    public async Task PauseAsync(long scrapeId, ScrapeStatus paused, DateTime? resumesAt, string? why, CancellationToken ct)
    {
        if (paused is not (ScrapeStatus.PausedRateLimited or ScrapeStatus.PausedActionBlocked or ScrapeStatus.PausedNeedsSession))
            throw new ArgumentOutOfRangeException(nameof(paused), paused, "A crawl pauses as PausedRateLimited, PausedActionBlocked or PausedNeedsSession.");
        await db.Scrapes.Where(s => s.Id == scrapeId && ScrapeStatuses.Active.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, paused).SetProperty(s => s.ResumesAt, resumesAt).SetProperty(s => s.Error, why), ct);
        await notifier.PublishAsync(scrapeId, ct);
    }

    /// <summary>Applies a running crawl's delta to the lists it covers and marks it succeeded.</summary>
    /// <param name="seenAt">When the lists were as given, if not now: the day Instagram made an imported archive.</param>
    public async Task<Scrape> CompleteAsync(long scrapeId, FollowSource? source, CancellationToken ct, DateTime? seenAt = null)
    {
        var scrape = await ingest.CompleteAsync(scrapeId, source, ct, seenAt, alsoRecord: AlertOutbox.CrawlEnded(scrapeId, clock));
        await notifier.PublishAsync(scrapeId, CancellationToken.None); // it has ended: its subscribers hear so even if the caller gave up
        return scrape;
    }

    /// <summary>
    /// Records lists seen before the account's newest complete crawl (an older archive): a crawl that ended then, which
    /// changes no edge, since it cannot tell who left since.
    /// </summary>
    public async Task<Scrape> RecordPastAsync(long accountId, FollowSource source, DateTime seenAt, int followers, int following, CancellationToken ct)
    {
        var scrape = new Scrape
        {
            AccountId = accountId,
            Lists = ScrapeLists.Both,
            Status = ScrapeStatus.Succeeded,
            Source = source,
            CreatedAt = seenAt,
            StartedAt = seenAt,
            FinishedAt = seenAt,
            FollowersTotal = followers,
            FollowingTotal = following,
        };
        return await AddAsync(scrape, ct);
    }

    /// <summary>Ends a crawl as Failed, Cancelled or Incomplete, without touching any edge.</summary>
    public async Task<Scrape> StopAsync(long scrapeId, ScrapeStatus status, string? error, CancellationToken ct)
    {
        var scrape = await ingest.StopAsync(scrapeId, status, error, ct, alsoRecord: AlertOutbox.CrawlEnded(scrapeId, clock));
        await notifier.PublishAsync(scrapeId, CancellationToken.None);
        return scrape;
    }

    /// <summary>Records a new crawl and announces it.</summary>
    private async Task<Scrape> AddAsync(Scrape scrape, CancellationToken ct)
    {
        db.Scrapes.Add(scrape);
        await db.SaveChangesAsync(ct);
        await Counts.TrackingLevels.ListsForCrawlAsync(db, scrape.AccountId, ct); // asking for a crawl is choosing lists
        await notifier.PublishAsync(scrape.Id, ct);
        return scrape;
    }

    public Task<Scrape?> ActiveForAsync(long accountId, CancellationToken ct) =>
        db.Scrapes.AsNoTracking().Where(s => s.AccountId == accountId && ScrapeStatuses.Active.Contains(s.Status)).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);

    /// <summary>Every crawl that was queued or under way, oldest first: what to resume after a restart.</summary>
    public Task<List<long>> UnfinishedAsync(CancellationToken ct) =>
        Crawls.Where(s => ScrapeStatuses.Active.Contains(s.Status)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);

    /// <summary>Crawls that say they are queued or running: a queue that holds none of them lost them (e.g. their end failed to save).</summary>
    public Task<List<long>> QueuedOrRunningAsync(CancellationToken ct) =>
        Crawls.Where(s => s.Status == ScrapeStatus.Queued || s.Status == ScrapeStatus.Running).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);

    /// <summary>What the crawl queue runs: everything but archive imports, which run inside their upload's request.</summary>
    private IQueryable<Scrape> Crawls => db.Scrapes.Where(s => s.Source == null || s.Source != FollowSource.DataExport);

    /// <summary>Crawls waiting in <paramref name="status"/> (ready by now, when they have a resume time).</summary>
    public Task<List<long>> WaitingAsync(ScrapeStatus status, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Scrapes.Where(s => s.Status == status && (s.ResumesAt == null || s.ResumesAt <= now)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
    }

    public Task SetExpectedAsync(long scrapeId, int followers, int following, CancellationToken ct) =>
        db.Scrapes.Where(s => s.Id == scrapeId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FollowersExpected, followers).SetProperty(s => s.FollowingExpected, following), ct);

    /// <summary>Records what the lists gave against the profile's counts, before the crawl ends complete or incomplete.</summary>
    public Task SetCompletenessAsync(long scrapeId, double? completeness, CancellationToken ct) =>
        db.Scrapes.Where(s => s.Id == scrapeId).ExecuteUpdateAsync(u => u.SetProperty(s => s.Completeness, completeness), ct);

    public Task<Scrape> GetAsync(long scrapeId, CancellationToken ct) => db.Scrapes.AsNoTracking().SingleAsync(s => s.Id == scrapeId, ct);

    public Task<Scrape?> FindAsync(long scrapeId, CancellationToken ct) => db.Scrapes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scrapeId, ct);

    /// <summary>The crawl once it has left the active states, or as it is when the wait runs out.</summary>
    public async Task<Scrape> WaitUntilEndedAsync(long scrapeId, TimeSpan wait, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + wait;
        while (true)
        {
            var scrape = await GetAsync(scrapeId, ct);
            if (!scrape.Status.IsActive() || clock.GetUtcNow() >= deadline) return scrape;
            await Task.Delay(TimeSpan.FromMilliseconds(50), clock, ct);
        }
    }
}

/// <summary>What asking for a crawl came to.</summary>
public abstract record ScrapeStart
{
    public sealed record Queued(Scrape Scrape) : ScrapeStart;
    public sealed record AlreadyActive(Scrape Scrape) : ScrapeStart;
}

/// <summary>What asking to cancel a crawl came to.</summary>
public abstract record ScrapeCancel
{
    public sealed record NotFound : ScrapeCancel;
    public sealed record AlreadyEnded(Scrape Scrape) : ScrapeCancel;
    /// <summary>The crawl as it is now: cancelled, or ended some other way while it was being stopped.</summary>
    public sealed record Cancelled(Scrape Scrape) : ScrapeCancel;
}
