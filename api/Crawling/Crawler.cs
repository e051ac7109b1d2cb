using System.Globalization;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Runs one crawl: takes a session from the pool, looks the target up, then fetches each list page by page,
/// ingesting every page with the checkpoint to resume after it. Only the sources of the session's own client are
/// used (the other's too only when the session allows it), in the configured order; the next takes over when one
/// breaks, and when none is left the crawl pauses rather than cross. A rate limit pauses the crawl until Instagram's
/// window has passed; a stop signal or a session that needs the user pauses it until the session may be used again
/// or a working one is connected; a list Instagram cuts short ends it as incomplete.
/// </summary>
public sealed class Crawler(IServiceScopeFactory scopes, InstagramClient instagram, InstagramCache cache, SessionPool sessions,
    ScrapeNotifier notifier, IOptions<InstagramOptions> options, TimeProvider clock, ILogger<Crawler> log)
{
    private const int ReadAttempts = 3;

    public async Task RunAsync(long scrapeId, Func<bool> cancelledByUser, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var scrapes = services.GetRequiredService<ScrapeService>();
        var scrape = await scrapes.GetAsync(scrapeId, ct);
        if (!scrape.Status.IsActive() || scrape.Status == ScrapeStatus.PausedActionBlocked && scrape.ResumesAt > Now) return;

        var tried = new List<string>();
        InstagramSession? session = null;
        try
        {
            while (true)
            {
                session = await sessions.AcquireAsync(tried, ct);
                tried.Add(session.Key);
                try
                {
                    await CrawlAsync(services, scrapeId, session, ct);
                    return;
                }
                catch (PrivateAccountException e)
                {
                    // Another connected session may follow the private target.
                    if (!await sessions.HasOtherThanAsync(tried, ct)) throw;
                    log.LogInformation("Crawl {ScrapeId}: {Reason} Trying another session.", scrapeId, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Cancelled by the user: end it. Shut down: leave it as it is, to resume on the next start.
            if (cancelledByUser()) await StopAsync(scrapes, scrapeId, ScrapeStatus.Cancelled, "Cancelled.");
        }
        catch (ActionBlockedException e)
        {
            if (session is not null) await sessions.ReportAsync(session.Key, e, CancellationToken.None);
            var until = e.Until ?? (session is null ? null : services.GetRequiredService<SessionGuard>().BlockedUntil(session.Key))
                ?? Now + options.Value.ActionBlockPause;
            await PauseAsync(scrapes, scrapeId, ScrapeStatus.PausedActionBlocked, until, e.Message);
        }
        catch (SurfacesExhaustedException e)
        {
            await PauseAsync(scrapes, scrapeId, ScrapeStatus.PausedActionBlocked, Now + options.Value.SurfacesDownPause, e.Message);
        }
        catch (SessionProblemException e)
        {
            if (session is not null) await sessions.ReportAsync(session.Key, e, CancellationToken.None);
            await PauseAsync(scrapes, scrapeId, ScrapeStatus.PausedNeedsSession, null, e.Message);
        }
        catch (IncompleteListException e)
        {
            log.LogWarning("Crawl {ScrapeId} is incomplete: {Reason}", scrapeId, e.Message);
            await StopAsync(scrapes, scrapeId, ScrapeStatus.Incomplete, e.Message);
        }
        catch (InstagramException e)
        {
            log.LogWarning("Crawl {ScrapeId} stopped: {Reason}", scrapeId, e.Message);
            await StopAsync(scrapes, scrapeId, ScrapeStatus.Failed, e.Message);
        }
        catch (VaultException e)
        {
            log.LogError("Crawl {ScrapeId} stopped: {Reason}", scrapeId, e.Message);
            await StopAsync(scrapes, scrapeId, ScrapeStatus.Failed, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Crawl {ScrapeId} failed unexpectedly", scrapeId);
            await StopAsync(scrapes, scrapeId, ScrapeStatus.Failed, $"The crawl failed unexpectedly ({e.GetType().Name}); see the server log.");
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task CrawlAsync(IServiceProvider services, long scrapeId, InstagramSession session, CancellationToken ct)
    {
        await services.GetRequiredService<ScrapeService>().MarkRunningAsync(scrapeId, ct);
        var scrape = await services.GetRequiredService<ScrapeService>().GetAsync(scrapeId, ct);
        var account = await services.GetRequiredService<InstaIntelDb>().Accounts.SingleAsync(a => a.Id == scrape.AccountId, ct);
        if (account.Pk is null || (scrape.FollowersCheckpoint is null && scrape.FollowingCheckpoint is null))
            scrape = await LookUpAsync(services, scrape, account, session, ct);

        var served = new List<FollowSource>();
        var shortfalls = new List<string>();
        var shares = new List<double>();
        foreach (var list in new[] { FollowList.Followers, FollowList.Following }.Where(scrape.Covers))
        {
            var read = await CrawlListAsync(services, scrape, account, list, session, served.Count > 0 ? served[^1] : FirstSourceOf(session), ct);
            served.Add(read.Source);
            var expected = list == FollowList.Followers ? scrape.FollowersExpected : scrape.FollowingExpected;
            if (expected is { } count) shares.Add(count == 0 ? 1 : Math.Min(1, read.Listed / (double)count));
            if (read.CutShort || expected is { } c && read.Listed < c * options.Value.CompleteShare)
                shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{read.Listed:N0} of {expected:N0} {(list == FollowList.Followers ? "followers" : "following")}"));
        }
        var scrapes = services.GetRequiredService<ScrapeService>();
        await scrapes.SetCompletenessAsync(scrapeId, shares.Count == served.Count ? shares.Min() : null, ct);
        if (shortfalls.Count > 0)
            throw new IncompleteListException($"Instagram showed only {string.Join(" and ", shortfalls)} of @{account.Username}. Nobody was marked lost; crawl again later.");
        await scrapes.CompleteAsync(scrapeId, served.MaxBy(s => options.Value.SourceOrder.ToList().IndexOf(s)), ct);
        await CheckLostReasonsAsync(services, account, session, ct);
    }

    private FollowSource FirstSourceOf(InstagramSession session) =>
        options.Value.SourcesFor(session) is [var first, ..] ? first
            : throw new SurfacesExhaustedException(session.Client, "none of the sources in Instagram:Sources belongs to it");

    /// <summary>Runs once the crawl has ended: nothing here may fail it or stop it.</summary>
    private async Task CheckLostReasonsAsync(IServiceProvider services, Account account, InstagramSession session, CancellationToken ct)
    {
        try
        {
            var checkedCount = await services.GetRequiredService<LostReasons.LostChecks>().RunAsync(account.Id, session, ct);
            if (checkedCount > 0) log.LogInformation("Checked why {Count} people left @{Account}", checkedCount, account.Username);
        }
        catch (Exception e) when (e is OperationCanceledException or DbUpdateException)
        {
            log.LogWarning("Why people left @{Account} stays unchecked until the next crawl: {Reason}", account.Username, e.Message);
        }
    }

    /// <summary>How one list's reading ended: the source of its last page, how many it holds now, whether Instagram cut it short.</summary>
    private sealed record ListRead(FollowSource Source, int Listed, bool CutShort = false);

    private static Task StopAsync(ScrapeService scrapes, long scrapeId, ScrapeStatus status, string reason) =>
        scrapes.StopAsync(scrapeId, status, reason, CancellationToken.None);

    private async Task PauseAsync(ScrapeService scrapes, long scrapeId, ScrapeStatus status, DateTime? resumesAt, string why)
    {
        log.LogWarning("Crawl {ScrapeId} paused ({Status}): {Reason}", scrapeId, status, why);
        await scrapes.PauseAsync(scrapeId, status, resumesAt, why, CancellationToken.None);
    }

    private async Task<Scrape> LookUpAsync(IServiceProvider services, Scrape scrape, Account account, InstagramSession session, CancellationToken ct)
    {
        var profile = await WhileRateLimitedAsync(services, scrape.Id,
            () => cache.ProfileAsync(session, account.Username, scrape.ForceRefresh, ct => instagram.GetProfileAsync(account.Username, session, ct), ct).AsTask(), ct);
        // Records the counts and any profile change, and brings the account's fields up to date.
        services.GetRequiredService<Counts.CountRecorder>().Observe(account, profile, Counts.CountSource.Crawl);
        await services.GetRequiredService<InstaIntelDb>().SaveChangesAsync(ct);
        var scrapes = services.GetRequiredService<ScrapeService>();
        await scrapes.SetExpectedAsync(scrape.Id, profile.FollowerCount, profile.FollowingCount, ct);
        return await scrapes.GetAsync(scrape.Id, ct);
    }

    /// <summary>
    /// Fetches one list from its checkpoint, or from its start on <paramref name="startOn"/> (the source that served
    /// the list before: one that broke there is not asked again): head-only when <see cref="HeadOnlyRead"/> allows it
    /// and the counts say nobody left, otherwise to its end.
    /// </summary>
    private async Task<ListRead> CrawlListAsync(IServiceProvider services, Scrape scrape, Account account, FollowList list,
        InstagramSession session, FollowSource startOn, CancellationToken ct)
    {
        var ingest = services.GetRequiredService<IngestService>();
        var db = services.GetRequiredService<InstaIntelDb>();
        var fetched = list == FollowList.Followers ? scrape.FollowersFetched : scrape.FollowingFetched;
        var checkpoint = Checkpoint.Parse(list == FollowList.Followers ? scrape.FollowersCheckpoint : scrape.FollowingCheckpoint);
        var order = options.Value.SourcesFor(session);
        if (checkpoint?.Done == true) return new ListRead(checkpoint.Source, await ListedAsync(db, scrape.Id, list, fetched, ct));
        // A checkpoint another session's client left is not this one's to follow: the list starts over on its own surface.
        if (checkpoint is not null && !session.MayUse(checkpoint.Source)) (checkpoint, fetched) = (null, 0);

        var source = checkpoint?.Source ?? (session.MayUse(startOn) ? startOn : FirstSourceOf(session));
        var cursor = checkpoint?.Cursor;
        var unreadable = 0;
        // A list resumed mid-way is read to its end: the head it read before the stop is not known here.
        var head = checkpoint is null ? await StartHeadAsync(db, scrape, list, source, ct) : null;
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
            catch (AppOutdatedException) when (NextOf(order, source, SessionClient.Browser) is { } web)
            {
                // The app version is refused; the session's browser surfaces (it allows them) are not.
                log.LogWarning("Crawl {ScrapeId}: Instagram refused the app version {Version}; {Next} takes over", scrape.Id, options.Value.Android.AppVersion, web);
                (source, cursor, unreadable, fetched) = (web, null, 0, 0);
                head = head is null ? null : await StartHeadAsync(db, scrape, list, source, ct);
                continue;
            }
            catch (Exception e) when (IsSourceFailure(e) && Next(order, source) is { } next)
            {
                // Another source pages differently, so its list starts over; staging drops the profiles seen twice.
                log.LogWarning("Crawl {ScrapeId}: {Source} failed ({Reason}); {Next} takes over", scrape.Id, source, e.Message, next);
                (source, cursor, unreadable, fetched) = (next, null, 0, 0);
                head = head is null ? null : await StartHeadAsync(db, scrape, list, source, ct);
                continue;
            }
            catch (Exception e) when (InstagramUnreachable.Is(e))
            {
                throw new SourceUnavailableException("Instagram is not answering (server errors or timeouts). Try again later.", e);
            }
            catch (Exception e) when (e is SourceUnavailableException or UnreadableResponseException)
            {
                throw new SurfacesExhaustedException(session.Client, e.Message);
            }

            unreadable = 0;
            await services.GetRequiredService<Counts.CountRecorder>().RecordListTotalAsync(account.Id, list, page.Total, cursor, ct);
            fetched += page.Profiles.Count;
            var after = page.Next is null ? new Checkpoint(source, null, Done: true) : new Checkpoint(source, page.Next, Done: false);
            await ingest.IngestPageAsync(scrape.Id, list, page.Profiles, after.ToString(), ct);
            await notifier.PublishProgressAsync(scrape.Id, ct);
            if (page.Next is null) return new ListRead(source, fetched, page.CutShort);
            cursor = page.Next;

            switch (head is null ? HeadVerdict.ReadToEnd : await head.ReadAsync(db, page.Profiles, ct))
            {
                case HeadVerdict.Stop:
                    await ingest.EndHeadOnlyAsync(scrape.Id, list, new Checkpoint(source, null, Done: true).ToString(), ct);
                    log.LogInformation("Crawl {ScrapeId}: {List} read head-only ({Fetched} listed); the counts say nobody left", scrape.Id, list, fetched);
                    return new ListRead(source, head!.Listed);
                case HeadVerdict.ReadToEnd when head is not null:
                    log.LogInformation("Crawl {ScrapeId}: {List} is read to its end: {Why}", scrape.Id, list, head.Why);
                    head = null;
                    break;
            }
        }
    }

    private async Task<HeadOnlyRead?> StartHeadAsync(InstaIntelDb db, Scrape scrape, FollowList list, FollowSource source, CancellationToken ct)
    {
        var o = options.Value;
        var pageSize = source switch { FollowSource.MobileApi or FollowSource.MobileGraphql => o.Android.PageSize, FollowSource.WebGraphql => o.WebPageSize, _ => o.Browser.PageSize };
        var count = list == FollowList.Followers ? scrape.FollowersExpected : scrape.FollowingExpected;
        return await HeadOnlyRead.StartAsync(db, scrape, list, count, o.Refresh.KnownRun > 0 ? o.Refresh.KnownRun : pageSize, o.Refresh, Now, ct);
    }

    /// <summary>A list that ended before a restart: how many it holds (the carried-over ones too, when it was read head-only).</summary>
    private static async Task<int> ListedAsync(InstaIntelDb db, long scrapeId, FollowList list, int fetched, CancellationToken ct)
    {
        var scrape = await db.Scrapes.AsNoTracking().SingleAsync(s => s.Id == scrapeId, ct);
        if ((list == FollowList.Followers ? scrape.FollowersMethod : scrape.FollowingMethod) != CrawlMethod.HeadOnly) return fetched;
        var staged = db.StagedProfiles.Where(p => p.ScrapeId == scrapeId && p.List == list).Select(p => p.ProfilePk);
        var present = list == FollowList.Followers
            ? await db.Followers.CountAsync(e => e.TargetId == scrape.AccountId && e.LostInScrapeId == null, ct)
            : await db.Following.CountAsync(e => e.TargetId == scrape.AccountId && e.LostInScrapeId == null, ct);
        var known = list == FollowList.Followers
            ? await db.Followers.CountAsync(e => e.TargetId == scrape.AccountId && e.LostInScrapeId == null && staged.Contains(e.ProfilePk), ct)
            : await db.Following.CountAsync(e => e.TargetId == scrape.AccountId && e.LostInScrapeId == null && staged.Contains(e.ProfilePk), ct);
        return present + await staged.Distinct().CountAsync(ct) - known;
    }

    private static FollowSource? Next(IReadOnlyList<FollowSource> order, FollowSource current)
    {
        var index = order.ToList().IndexOf(current);
        return index >= 0 && index + 1 < order.Count ? order[index + 1] : null;
    }

    /// <summary>The first source after <paramref name="current"/> that belongs to <paramref name="client"/>.</summary>
    private static FollowSource? NextOf(IReadOnlyList<FollowSource> order, FollowSource current, SessionClient client) =>
        order.SkipWhile(s => s != current).Skip(1).Where(s => s.BelongsTo(client)).Cast<FollowSource?>().FirstOrDefault();

    private static bool IsSourceFailure(Exception e) =>
        e is SourceUnavailableException or UnreadableResponseException || InstagramUnreachable.Is(e);

    /// <summary>Runs a request; on a rate limit the crawl is paused (visibly, with its resume time) and the request retried after.</summary>
    private async Task<T> WhileRateLimitedAsync<T>(IServiceProvider services, long scrapeId, Func<Task<T>> request, CancellationToken ct)
    {
        var scrapes = services.GetRequiredService<ScrapeService>();
        while (true)
        {
            try
            {
                return await request();
            }
            catch (RateLimitedException e)
            {
                var pause = e.RetryAfter ?? options.Value.RateLimitPause;
                var resumesAt = Now + pause;
                log.LogWarning("Crawl {ScrapeId} rate limited; resuming at {ResumesAt:u}", scrapeId, resumesAt);
                await scrapes.PauseAsync(scrapeId, ScrapeStatus.PausedRateLimited, resumesAt, null, ct);
                await Task.Delay(pause, clock, ct);
                await scrapes.MarkRunningAsync(scrapeId, ct);
            }
        }
    }
}
