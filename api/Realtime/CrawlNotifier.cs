using System.Collections.Concurrent;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Realtime;

/// <summary>Publishes a crawl's progress after each step, and an event whenever its state changes.</summary>
public sealed class CrawlNotifier(IEventBus bus, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>
    /// Page-by-page progress is published at most this often per crawl: a progress bar needs no more, and a fast crawl
    /// watched by hundreds of subscribers would otherwise spend its time fanning updates out.
    /// </summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<long, CrawlStatus> lastStatus = new();
    private readonly ConcurrentDictionary<long, long> lastProgress = new();

    /// <summary>Publishes a step of a running crawl unless one went out less than <see cref="ProgressInterval"/> ago.</summary>
    public Task PublishProgressAsync(long crawlId, CancellationToken ct)
    {
        var now = Environment.TickCount64;
        var last = lastProgress.GetOrAdd(crawlId, 0);
        if (now - last < ProgressInterval.TotalMilliseconds || !lastProgress.TryUpdate(crawlId, now, last)) return Task.CompletedTask;
        return PublishAsync(crawlId, ct);
    }

    public async Task PublishAsync(long crawlId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        var row = await (from s in db.Crawls.AsNoTracking()
                         join a in db.Accounts on s.AccountId equals a.Id
                         where s.Id == crawlId
                         select new { Crawl = s, a.Username }).SingleOrDefaultAsync(ct);
        if (row is null) return;

        var now = clock.GetUtcNow().UtcDateTime;
        var progress = CrawlProgress.Of(row.Crawl, now);
        await bus.PublishAsync(Topics.Crawl(crawlId), progress, ct);

        var changed = !lastStatus.TryGetValue(crawlId, out var previous) || previous != progress.Status;
        if (progress.Ended)
        {
            lastStatus.TryRemove(crawlId, out _);
            lastProgress.TryRemove(crawlId, out _);
        }
        else lastStatus[crawlId] = progress.Status;
        if (changed) await bus.PublishAsync(Topics.Crawls, new CrawlEvent(crawlId, row.Username, progress.Status, now, progress.Error), ct);
    }
}
