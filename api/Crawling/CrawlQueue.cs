using System.Collections.Concurrent;
using System.Threading.Channels;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Scrapes;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Runs crawls in the background, <see cref="InstagramOptions.CrawlsPerSession"/> at a time per connected session.
/// On start it picks up every crawl that was queued, under way or paused, which resume from their checkpoints; then
/// it takes requests from <see cref="CrawlCommands"/> over the event bus. Every <see cref="InstagramOptions.ResumeCheckEvery"/>
/// it resumes crawls whose action block has ended and, while crawls wait for a session, checks the sessions again
/// (at most once per <see cref="InstagramOptions.HealthCheckEvery"/> each). Runs in the `worker` and `all` roles.
/// </summary>
public sealed class CrawlQueue(IServiceScopeFactory scopes, Crawler crawler, SessionPool sessions, ICredentialStore credentials, IEventBus bus,
    IOptions<InstagramOptions> options, TimeProvider clock, ILogger<CrawlQueue> log) : BackgroundService
{
    private readonly Channel<long> queue = Channel.CreateUnbounded<long>();
    private readonly ConcurrentDictionary<long, byte> pending = new();
    private readonly ConcurrentDictionary<long, CancellationTokenSource> running = new();
    private readonly ConcurrentDictionary<long, bool> cancelled = new();
    private readonly SemaphoreSlim resuming = new(1, 1);

    /// <summary>Queues a crawl unless it is queued or running already.</summary>
    private void Enqueue(long scrapeId)
    {
        if (pending.TryAdd(scrapeId, 0)) queue.Writer.TryWrite(scrapeId);
    }

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
        using var resume = bus.Observe<CrawlCommand>(CrawlCommands.ResumeTopic).Subscribe(c => { _ = ResumeWaitingAsync(stopping); });

        await using (var scope = scopes.CreateAsyncScope())
            foreach (var id in await scope.ServiceProvider.GetRequiredService<ScrapeService>().UnfinishedAsync(stopping))
                Enqueue(id);

        var workers = Math.Max(1, options.Value.CrawlsPerSession) * Math.Max(1, (await credentials.GetSessionsAsync(stopping)).Count);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => RunQueuedAsync(stopping)).Append(ResumeLoopAsync(stopping)));
    }

    private async Task ResumeLoopAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(options.Value.ResumeCheckEvery, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping)) await ResumeWaitingAsync(stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested) { }
    }

    /// <summary>
    /// Queues the paused crawls that may go on now, and any crawl marked queued or running that this queue does not
    /// hold: its end could not be saved (a full disk) or its request was lost, and it resumes from its checkpoint.
    /// </summary>
    private async Task ResumeWaitingAsync(CancellationToken stopping)
    {
        if (!await resuming.WaitAsync(0, stopping)) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var scrapes = scope.ServiceProvider.GetRequiredService<ScrapeService>();
            foreach (var id in await scrapes.WaitingAsync(ScrapeStatus.PausedActionBlocked, stopping)) Enqueue(id);
            foreach (var id in await scrapes.QueuedOrRunningAsync(stopping))
                if (!pending.ContainsKey(id))
                {
                    log.LogWarning("Crawl {ScrapeId} is marked unfinished but nothing runs it; resuming it from its checkpoint", id);
                    Enqueue(id);
                }
            var waiting = await scrapes.WaitingAsync(ScrapeStatus.PausedNeedsSession, stopping);
            if (waiting.Count > 0 && await sessions.AnyUsableAfterRecheckAsync(stopping))
                foreach (var id in waiting) Enqueue(id);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            log.LogWarning(e, "Paused crawls could not be checked for resuming");
        }
        finally
        {
            resuming.Release();
        }
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
                pending.TryRemove(scrapeId, out _);
            }
        }
    }
}
