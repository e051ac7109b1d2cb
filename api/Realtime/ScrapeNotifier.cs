using System.Collections.Concurrent;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Realtime;

/// <summary>Publishes a crawl's progress after each step, and an event whenever its state changes.</summary>
public sealed class ScrapeNotifier(IEventBus bus, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>
    /// Page-by-page progress is published at most this often per crawl: a progress bar needs no more, and a fast crawl
    /// watched by hundreds of subscribers would otherwise spend its time fanning updates out.
    /// </summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<long, ScrapeStatus> lastState = new();
    private readonly ConcurrentDictionary<long, long> lastProgress = new();

    /// <summary>Publishes a step of a running crawl unless one went out less than <see cref="ProgressInterval"/> ago.</summary>
    public Task PublishProgressAsync(long scrapeId, CancellationToken ct)
    {
        var now = Environment.TickCount64;
        var last = lastProgress.GetOrAdd(scrapeId, 0);
        if (now - last < ProgressInterval.TotalMilliseconds || !lastProgress.TryUpdate(scrapeId, now, last)) return Task.CompletedTask;
        return PublishAsync(scrapeId, ct);
    }

    public async Task PublishAsync(long scrapeId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        var row = await (from s in db.Scrapes.AsNoTracking()
                         join a in db.Accounts on s.AccountId equals a.Id
                         where s.Id == scrapeId
                         select new { Scrape = s, a.Username }).SingleOrDefaultAsync(ct);
        if (row is null) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var progress = ScrapeProgress.Of(row.Scrape, now);
        await bus.PublishAsync(Topics.Scrape(scrapeId), progress, ct);

        var changed = !lastState.TryGetValue(scrapeId, out var previous) || previous != progress.State;
        if (progress.Ended)
        {
            lastState.TryRemove(scrapeId, out _);
            lastProgress.TryRemove(scrapeId, out _);
        }
        else lastState[scrapeId] = progress.State;
        if (changed) await bus.PublishAsync(Topics.Scrapes, new ScrapeEvent(scrapeId, row.Username, progress.State, now, progress.Error), ct);
    }
}
