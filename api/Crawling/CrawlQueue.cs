using System.Collections.Concurrent;
using System.Threading.Channels;
using InstaIntel.Api.Scrapes;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Runs crawls one after another in the background (one Instagram session, one rate budget). On start it picks up
/// every crawl that was queued or under way, which resume from their checkpoints.
/// </summary>
public sealed class CrawlQueue(IServiceScopeFactory scopes, Crawler crawler, ILogger<CrawlQueue> log) : BackgroundService
{
    private readonly Channel<long> queue = Channel.CreateUnbounded<long>();
    private readonly ConcurrentDictionary<long, CancellationTokenSource> running = new();
    private readonly ConcurrentDictionary<long, bool> cancelled = new();

    public void Enqueue(long scrapeId) => queue.Writer.TryWrite(scrapeId);

    /// <summary>Signals a running crawl to stop within the page it is on. False when it is not running here.</summary>
    public bool Cancel(long scrapeId)
    {
        if (!running.TryGetValue(scrapeId, out var source)) return false;
        cancelled[scrapeId] = true;
        source.Cancel();
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        await using (var scope = scopes.CreateAsyncScope())
            foreach (var id in await scope.ServiceProvider.GetRequiredService<ScrapeService>().UnfinishedAsync(stopping))
                Enqueue(id);

        await foreach (var scrapeId in queue.Reader.ReadAllAsync(stopping))
        {
            using var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            running[scrapeId] = source;
            try
            {
                await crawler.RunAsync(scrapeId, () => cancelled.ContainsKey(scrapeId), source.Token);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                log.LogError(e, "Crawl {ScrapeId} could not run", scrapeId);
            }
            finally
            {
                running.TryRemove(scrapeId, out _);
                cancelled.TryRemove(scrapeId, out _);
            }
        }
    }
}
