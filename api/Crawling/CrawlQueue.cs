using System.Collections.Concurrent;
using System.Threading.Channels;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Scrapes;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Runs crawls in the background, <see cref="InstagramOptions.CrawlsPerSession"/> at a time (one by default: one
/// Instagram session, one rate budget). On start it picks up every crawl that was queued or under way, which resume
/// from their checkpoints; then it takes requests from <see cref="CrawlCommands"/> over the event bus. Runs in the
/// `worker` and `all` roles.
/// </summary>
public sealed class CrawlQueue(IServiceScopeFactory scopes, Crawler crawler, IEventBus bus, IOptions<InstagramOptions> options,
    ILogger<CrawlQueue> log) : BackgroundService
{
    private readonly Channel<long> queue = Channel.CreateUnbounded<long>();
    private readonly ConcurrentDictionary<long, CancellationTokenSource> running = new();
    private readonly ConcurrentDictionary<long, bool> cancelled = new();

    private void Enqueue(long scrapeId) => queue.Writer.TryWrite(scrapeId);

    /// <summary>Signals a running crawl to stop within the page it is on; ignored when it is not running here.</summary>
    private void Cancel(long scrapeId)
    {
        if (!running.TryGetValue(scrapeId, out var source)) return;
        cancelled[scrapeId] = true;
        source.Cancel();
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var enqueue = bus.Observe<CrawlCommand>(CrawlCommands.EnqueueTopic).Subscribe(c => Enqueue(c.ScrapeId));
        using var cancel = bus.Observe<CrawlCommand>(CrawlCommands.CancelTopic).Subscribe(c => Cancel(c.ScrapeId));

        await using (var scope = scopes.CreateAsyncScope())
            foreach (var id in await scope.ServiceProvider.GetRequiredService<ScrapeService>().UnfinishedAsync(stopping))
                Enqueue(id);

        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.CrawlsPerSession)).Select(_ => RunQueuedAsync(stopping)));
    }

    private async Task RunQueuedAsync(CancellationToken stopping)
    {
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
