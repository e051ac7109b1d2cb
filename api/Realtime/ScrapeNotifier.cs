using System.Collections.Concurrent;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Realtime;

/// <summary>Publishes a crawl's progress after each step, and an event whenever its state changes.</summary>
public sealed class ScrapeNotifier(IEventBus bus, IServiceScopeFactory scopes, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, ScrapeStatus> lastState = new();

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
        if (progress.Ended) lastState.TryRemove(scrapeId, out _);
        else lastState[scrapeId] = progress.State;
        if (changed) await bus.PublishAsync(Topics.Scrapes, new ScrapeEvent(scrapeId, row.Username, progress.State, now, progress.Error), ct);
    }
}
