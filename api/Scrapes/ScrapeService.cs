using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Scrapes;

/// <summary>A crawl's life outside its pages: queued, running, paused (rate limit, action block, no working session) and back.</summary>
public sealed class ScrapeService(InstaIntelDb db, TimeProvider clock)
{
    public async Task<Scrape> QueueAsync(long accountId, ScrapeLists lists, CancellationToken ct, bool forceRefresh = false)
    {
        var scrape = new Scrape { AccountId = accountId, Lists = lists, Status = ScrapeStatus.Queued, CreatedAt = clock.GetUtcNow().UtcDateTime, ForceRefresh = forceRefresh };
        db.Scrapes.Add(scrape);
        await db.SaveChangesAsync(ct);
        return scrape;
    }

    public Task<Scrape?> ActiveForAsync(long accountId, CancellationToken ct) =>
        db.Scrapes.AsNoTracking().Where(s => s.AccountId == accountId && ScrapeStatuses.Active.Contains(s.Status)).OrderBy(s => s.Id).FirstOrDefaultAsync(ct);

    /// <summary>Every crawl that was queued or under way, oldest first: what to resume after a restart.</summary>
    public Task<List<long>> UnfinishedAsync(CancellationToken ct) =>
        db.Scrapes.Where(s => ScrapeStatuses.Active.Contains(s.Status)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);

    public Task MarkRunningAsync(long scrapeId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Scrapes.Where(s => s.Id == scrapeId && ScrapeStatuses.Active.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, ScrapeStatus.Running)
                .SetProperty(s => s.StartedAt, s => s.StartedAt ?? now)
                .SetProperty(s => s.ResumesAt, (DateTime?)null)
                .SetProperty(s => s.Error, (string?)null), ct);
    }

    /// <summary>Pauses an unfinished crawl; <paramref name="why"/> tells the user what it waits for.</summary>
    public Task PauseAsync(long scrapeId, ScrapeStatus paused, DateTime? resumesAt, string? why, CancellationToken ct) =>
        db.Scrapes.Where(s => s.Id == scrapeId && ScrapeStatuses.Active.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, paused).SetProperty(s => s.ResumesAt, resumesAt).SetProperty(s => s.Error, why), ct);

    /// <summary>Crawls that say they are queued or running: a queue that holds none of them lost them (e.g. their end failed to save).</summary>
    public Task<List<long>> QueuedOrRunningAsync(CancellationToken ct) =>
        db.Scrapes.Where(s => s.Status == ScrapeStatus.Queued || s.Status == ScrapeStatus.Running).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);

    /// <summary>Crawls waiting in <paramref name="status"/> (ready by now, when they have a resume time).</summary>
    public Task<List<long>> WaitingAsync(ScrapeStatus status, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Scrapes.Where(s => s.Status == status && (s.ResumesAt == null || s.ResumesAt <= now)).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
    }

    public Task SetExpectedAsync(long scrapeId, int followers, int following, CancellationToken ct) =>
        db.Scrapes.Where(s => s.Id == scrapeId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FollowersExpected, followers).SetProperty(s => s.FollowingExpected, following), ct);

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
