using InstaIntel.Api.Accounts;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Runs one crawl: looks the target up, then fetches each list page by page, ingesting every page with the
/// checkpoint to resume after it. Web first; the mobile API takes over when the web source breaks. A rate limit
/// pauses the crawl until Instagram's window has passed; a dead session or a checkpoint ends it with advice.
/// </summary>
public sealed class Crawler(IServiceScopeFactory scopes, InstagramClient instagram, InstagramCache cache, ICredentialStore credentials,
    ProxyRotation proxies, ScrapeNotifier notifier, IOptions<InstagramOptions> options, TimeProvider clock, ILogger<Crawler> log)
{
    private const int ReadAttempts = 3;

    public async Task RunAsync(long scrapeId, Func<bool> cancelledByUser, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var scrapes = services.GetRequiredService<ScrapeService>();
        var ingest = services.GetRequiredService<IngestService>();
        var scrape = await scrapes.GetAsync(scrapeId, ct);
        if (!scrape.Status.IsActive()) return;

        try
        {
            var session = await credentials.GetSessionAsync(ct)
                ?? throw new SessionExpiredException();
            await scrapes.MarkRunningAsync(scrapeId, ct);
            await notifier.PublishAsync(scrapeId, ct);
            var account = await services.GetRequiredService<InstaIntelDb>().Accounts.SingleAsync(a => a.Id == scrape.AccountId, ct);
            if (account.Pk is null || (scrape.FollowersCheckpoint is null && scrape.FollowingCheckpoint is null))
                await LookUpAsync(services, scrape, account, session, ct);

            var usedMobile = false;
            foreach (var list in new[] { FollowList.Followers, FollowList.Following }.Where(scrape.Covers))
                usedMobile |= await CrawlListAsync(services, scrape, account, list, session, ct) == FollowSource.Mobile;
            await ingest.CompleteAsync(scrapeId, usedMobile ? ScrapeSource.MobileApi : ScrapeSource.WebGraphql, ct);
            await notifier.PublishAsync(scrapeId, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Cancelled by the user: end it. Shut down: leave it as it is, to resume on the next start.
            if (cancelledByUser()) await StopAsync(ingest, scrapeId, ScrapeStatus.Cancelled, "Cancelled.");
        }
        catch (InstagramException e)
        {
            log.LogWarning("Crawl {ScrapeId} stopped: {Reason}", scrapeId, e.Message);
            await StopAsync(ingest, scrapeId, ScrapeStatus.Failed, e.Message);
        }
        catch (VaultException e)
        {
            log.LogError("Crawl {ScrapeId} stopped: {Reason}", scrapeId, e.Message);
            await StopAsync(ingest, scrapeId, ScrapeStatus.Failed, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Crawl {ScrapeId} failed unexpectedly", scrapeId);
            await StopAsync(ingest, scrapeId, ScrapeStatus.Failed, $"The crawl failed unexpectedly ({e.GetType().Name}); see the server log.");
        }
    }

    private async Task StopAsync(IngestService ingest, long scrapeId, ScrapeStatus status, string reason)
    {
        await ingest.StopAsync(scrapeId, status, reason, CancellationToken.None);
        await notifier.PublishAsync(scrapeId, CancellationToken.None);
    }

    private async Task LookUpAsync(IServiceProvider services, Scrape scrape, Account account, InstagramSession session, CancellationToken ct)
    {
        var profile = await WhileRateLimitedAsync(services, scrape.Id,
            () => cache.ProfileAsync(session, account.Username, scrape.ForceRefresh, ct => instagram.GetProfileAsync(account.Username, session, ct), ct).AsTask(), ct);
        account.Pk = profile.Pk;
        account.FullName = profile.FullName;
        account.ProfilePicUrl = profile.ProfilePicUrl;
        account.IsPrivate = profile.IsPrivate;
        account.IsVerified = profile.IsVerified;
        account.FollowerCount = profile.FollowerCount;
        account.FollowingCount = profile.FollowingCount;
        await services.GetRequiredService<InstaIntelDb>().SaveChangesAsync(ct);
        await services.GetRequiredService<ScrapeService>().SetExpectedAsync(scrape.Id, profile.FollowerCount, profile.FollowingCount, ct);
    }

    /// <summary>Fetches one list to its end from its checkpoint; returns the source that served its last page.</summary>
    private async Task<FollowSource> CrawlListAsync(IServiceProvider services, Scrape scrape, Account account, FollowList list,
        InstagramSession session, CancellationToken ct)
    {
        var ingest = services.GetRequiredService<IngestService>();
        var checkpoint = Checkpoint.Parse(list == FollowList.Followers ? scrape.FollowersCheckpoint : scrape.FollowingCheckpoint);
        if (checkpoint?.Done == true) return checkpoint.Source;

        var source = checkpoint?.Source ?? FollowSource.Web;
        var cursor = checkpoint?.Cursor;
        var unreadable = 0;
        while (true)
        {
            FollowPage page;
            try
            {
                page = await WhileRateLimitedAsync(services, scrape.Id,
                    () => cache.PageAsync(session, source, list, account.Pk!.Value, cursor, scrape.ForceRefresh,
                        ct => instagram.GetPageAsync(source, list, account.Pk!.Value, account.Username, cursor, session, ct), ct).AsTask(), ct);
            }
            catch (UnreadableResponseException) when (++unreadable < ReadAttempts)
            {
                continue;
            }
            catch (Exception e) when (source == FollowSource.Web && IsSourceFailure(e))
            {
                // The mobile API pages differently, so its list starts over; staging drops the profiles seen twice.
                log.LogWarning("Crawl {ScrapeId}: the web source failed ({Reason}); switching to the mobile API", scrape.Id, e.Message);
                (source, cursor, unreadable) = (FollowSource.Mobile, null, 0);
                continue;
            }
            catch (Exception e) when (e is BrokenCircuitException or TimeoutRejectedException or HttpRequestException)
            {
                throw new SourceUnavailableException("Instagram is not answering (server errors or timeouts). Try again later.", e);
            }

            unreadable = 0;
            var next = page.Next is null ? new Checkpoint(source, null, Done: true) : new Checkpoint(source, page.Next, Done: false);
            await ingest.IngestPageAsync(scrape.Id, list, page.Profiles, next.ToString(), ct);
            await notifier.PublishProgressAsync(scrape.Id, ct);
            if (page.Next is null) return source;
            cursor = page.Next;
        }
    }

    private static bool IsSourceFailure(Exception e) =>
        e is SourceUnavailableException or UnreadableResponseException or BrokenCircuitException or TimeoutRejectedException or HttpRequestException;

    /// <summary>Runs a request; on a rate limit the crawl is paused (visibly, with its resume time) and the request retried after.</summary>
    private async Task<T> WhileRateLimitedAsync<T>(IServiceProvider services, long scrapeId, Func<Task<T>> request, CancellationToken ct)
    {
        var scrapes = services.GetRequiredService<ScrapeService>();
        while (true)
        {
            try
            {
                var result = await request();
                proxies.Succeeded();
                return result;
            }
            catch (RateLimitedException) when (proxies.RotateAfterLimit())
            {
                log.LogWarning("Crawl {ScrapeId} rate limited; continuing through proxy {Proxy}", scrapeId, proxies.Current?.Authority);
            }
            catch (RateLimitedException e)
            {
                var pause = e.RetryAfter ?? options.Value.RateLimitPause;
                var resumesAt = clock.GetUtcNow().UtcDateTime + pause;
                log.LogWarning("Crawl {ScrapeId} rate limited; resuming at {ResumesAt:u}", scrapeId, resumesAt);
                await scrapes.PauseAsync(scrapeId, resumesAt, ct);
                await notifier.PublishAsync(scrapeId, ct);
                await Task.Delay(pause, clock, ct);
                await scrapes.MarkRunningAsync(scrapeId, ct);
                await notifier.PublishAsync(scrapeId, ct);
            }
        }
    }
}
