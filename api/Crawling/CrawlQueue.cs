using System.Collections.Concurrent;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Realtime;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Runs crawls in the background, <see cref="InstagramOptions.CrawlsPerSession"/> at a time per session this worker
/// may use (`Workers:Sessions`). The queue is the `crawls` table: each crawl loop claims the next runnable crawl
/// (<see cref="CrawlClaims"/>), holds its lease by a heartbeat while it runs it and releases it at the end, so workers
/// sharing a database never run one crawl twice and a crawl whose worker died is taken over from its checkpoint. Idle
/// loops look again every `Workers:PollEvery` and at once when a crawl is asked for over the event bus. Every
/// <see cref="InstagramOptions.ResumeCheckEvery"/>, while crawls wait for a session, it checks the sessions again (at
/// most once per <see cref="InstagramOptions.HealthCheckEvery"/> each). Runs in the `worker` and `all` roles.
/// </summary>
public sealed class CrawlQueue(IServiceScopeFactory scopes, CrawlClaims claims, SessionPool sessions, IEventBus bus,
    IOptions<InstagramOptions> options, IOptions<WorkerOptions> workers, TimeProvider clock, ILogger<CrawlQueue> log) : BackgroundService
{
    private readonly ConcurrentDictionary<long, CancellationTokenSource> running = new();
    private readonly ConcurrentDictionary<long, bool> cancelled = new();
    /// <summary>Crawls waiting for a session that may try again: all of them at start, then those waiting when a session works again.</summary>
    private readonly ConcurrentDictionary<long, byte> sessionRetries = new();
    private readonly SemaphoreSlim resuming = new(1, 1);
    private TaskCompletionSource wake = NewWake();

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Idle crawl loops look for a crawl to claim now.</summary>
    private void Wake() => Interlocked.Exchange(ref wake, NewWake()).TrySetResult();

    /// <summary>Signals a running crawl to stop within the page it is on; ignored when it is not running here.</summary>
    private void Cancel(long crawlId)
    {
        if (!running.TryGetValue(crawlId, out var source)) return;
        cancelled[crawlId] = true;
        source.Cancel();
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var enqueue = bus.Observe<CrawlCommand>(CrawlCommands.EnqueueTopic).Subscribe(_ => Wake());
        using var cancel = bus.Observe<CrawlCommand>(CrawlCommands.CancelTopic).Subscribe(c => Cancel(c.CrawlId));
        using var resume = bus.Observe<CrawlCommand>(CrawlCommands.ResumeTopic).Subscribe(c => { _ = ResumeWaitingAsync(stopping); });

        await claims.ReleaseLeftoversAsync(stopping);
        await using (var scope = scopes.CreateAsyncScope())
            foreach (var id in await scope.ServiceProvider.GetRequiredService<CrawlService>().WaitingAsync(CrawlStatus.PausedNeedsSession, stopping))
                sessionRetries.TryAdd(id, 0);

        var usable = await sessions.CountUsableHereAsync(stopping);
        var loops = Math.Max(1, options.Value.CrawlsPerSession) * Math.Max(1, usable);
        log.LogInformation("Crawl worker {Worker} runs up to {Loops} crawls at a time ({Sessions} sessions it may use{Which})", claims.Worker, loops, usable,
            workers.Value.Sessions.Count == 0 ? "" : ": " + string.Join(", ", workers.Value.Sessions));
        await Task.WhenAll(Enumerable.Range(0, loops).Select(_ => RunClaimedAsync(stopping)).Append(ResumeLoopAsync(stopping)));
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
    /// Lets the crawls waiting for a session try again when one works now, and wakes the crawl loops, which also find
    /// action blocks that have ended and crawls left by a worker that is gone.
    /// </summary>
    private async Task ResumeWaitingAsync(CancellationToken stopping)
    {
        if (!await resuming.WaitAsync(0, stopping)) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var waiting = await scope.ServiceProvider.GetRequiredService<CrawlService>().WaitingAsync(CrawlStatus.PausedNeedsSession, stopping);
            if (waiting.Count > 0 && await sessions.AnyUsableAfterRecheckAsync(stopping))
                foreach (var id in waiting) sessionRetries.TryAdd(id, 0);
            Wake();
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

    /// <summary>One crawl loop: claim, run, release, again; idle, it waits for a wake-up or the next poll.</summary>
    private async Task RunClaimedAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var woken = wake.Task;
            CrawlClaims.Claim? claim = null;
            try
            {
                claim = await claims.ClaimNextAsync(sessionRetries.Keys.ToList(), stopping);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                log.LogWarning(e, "Worker {Worker} could not look for a crawl to run", claims.Worker);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (claim is null)
            {
                await Task.WhenAny(woken, Task.Delay(workers.Value.PollEvery, clock, stopping));
                continue;
            }
            sessionRetries.TryRemove(claim.CrawlId, out _);
            // A clock that jumped (tests) can make this worker's own live lease look run out: that run goes on.
            if (running.ContainsKey(claim.CrawlId)) continue;
            await RunAsync(claim.CrawlId, stopping);
        }
    }

    private async Task RunAsync(long crawlId, CancellationToken stopping)
    {
        using var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var ended = new CancellationTokenSource();
        running[crawlId] = source;
        var heartbeat = HoldLeaseAsync(crawlId, source, ended.Token);
        var failed = false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Crawler>().RunAsync(crawlId, () => cancelled.ContainsKey(crawlId), source.Token);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            // Its end could not be saved (a full disk): unless it has ended after all (cancelled elsewhere, so its pages
            // were refused), the claim is kept until its lease runs out, so it is tried again then (by any worker), not
            // at once and again and again.
            log.LogError(e, "Crawl {CrawlId} could not run; unless it has ended, it is tried again when the lease of worker {Worker} runs out", crawlId, claims.Worker);
            failed = true;
        }
        finally
        {
            await ended.CancelAsync();
            await heartbeat;
            running.TryRemove(crawlId, out _);
            cancelled.TryRemove(crawlId, out _);
            try
            {
                await claims.ReleaseAsync(crawlId, CancellationToken.None, onlyIfEnded: failed);
            }
            catch (Exception e)
            {
                // The lease runs out by itself; then this or another worker picks the crawl up from its checkpoint.
                log.LogWarning(e, "Worker {Worker} could not release crawl {CrawlId}", claims.Worker, crawlId);
            }
        }
    }

    /// <summary>
    /// Renews the lease every third of it while the crawl runs. A renewal that finds another worker holding the crawl
    /// (it was taken over after this worker missed its renewals), or the crawl cancelled where the request could not
    /// reach this worker, stops this run at once, leaving the crawl as it is.
    /// </summary>
    private async Task HoldLeaseAsync(long crawlId, CancellationTokenSource run, CancellationToken ended)
    {
        try
        {
            while (true)
            {
                await Task.Delay(workers.Value.HeartbeatEvery, clock, ended);
                CrawlClaims.Renewal renewal;
                try
                {
                    renewal = await claims.RenewAsync(crawlId, ended);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Worker {Worker} could not renew its lease on crawl {CrawlId}; trying again", claims.Worker, crawlId);
                    continue;
                }
                if (renewal == CrawlClaims.Renewal.Held) continue;
                if (renewal == CrawlClaims.Renewal.TakenOver)
                    log.LogWarning("Worker {Worker} no longer holds crawl {CrawlId}: another worker took it over; stopping here", claims.Worker, crawlId);
                else
                    log.LogInformation("Crawl {CrawlId} was cancelled; worker {Worker} stops it", crawlId, claims.Worker);
                await run.CancelAsync();
                return;
            }
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested) { }
    }
}
