using System.Globalization;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Security;
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
    CrawlNotifier notifier, IOptions<InstagramOptions> options, TimeProvider clock, ILogger<Crawler> log)
{
    private const int ReadAttempts = 3;

    public async Task RunAsync(long crawlId, Func<bool> cancelledByUser, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var crawls = services.GetRequiredService<CrawlService>();
        var crawl = await crawls.GetAsync(crawlId, ct);
        if (!crawl.Status.IsActive() || crawl.Status == CrawlStatus.PausedActionBlocked && crawl.ResumesAt > Now) return;

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
                    await CrawlAsync(services, crawlId, session, ct);
                    return;
                }
                catch (PrivateAccountException e)
                {
                    // Another connected session may follow the private target.
                    if (!await sessions.HasOtherThanAsync(tried, ct)) throw;
                    log.LogInformation("Crawl {CrawlId}: {Reason} Trying another session.", crawlId, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Cancelled by the user: end it. Shut down: leave it as it is, to resume on the next start.
            if (cancelledByUser()) await StopAsync(crawls, crawlId, CrawlStatus.Cancelled, "Cancelled.");
        }
        catch (ActionBlockedException e)
        {
            if (session is not null) await sessions.ReportAsync(session.Key, e, CancellationToken.None);
            var until = e.Until ?? (session is null ? null : services.GetRequiredService<SessionGuard>().BlockedUntil(session.Key))
                ?? Now + options.Value.ActionBlockPause;
            await PauseAsync(crawls, crawlId, CrawlStatus.PausedActionBlocked, until, e.Message);
        }
        catch (SurfacesExhaustedException e)
        {
            await PauseAsync(crawls, crawlId, CrawlStatus.PausedActionBlocked, Now + options.Value.SurfacesDownPause, e.Message);
        }
        catch (SessionProblemException e)
        {
            if (session is not null) await sessions.ReportAsync(session.Key, e, CancellationToken.None);
            await PauseAsync(crawls, crawlId, CrawlStatus.PausedNeedsSession, null, e.Message);
        }
        catch (IncompleteListException e)
        {
            log.LogWarning("Crawl {CrawlId} is incomplete: {Reason}", crawlId, e.Message);
            await StopAsync(crawls, crawlId, CrawlStatus.Incomplete, e.Message);
        }
        catch (InstagramException e)
        {
            log.LogWarning("Crawl {CrawlId} stopped: {Reason}", crawlId, e.Message);
            await StopAsync(crawls, crawlId, CrawlStatus.Failed, e.Message);
        }
        catch (VaultException e)
        {
            log.LogError("Crawl {CrawlId} stopped: {Reason}", crawlId, e.Message);
            await StopAsync(crawls, crawlId, CrawlStatus.Failed, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Crawl {CrawlId} failed unexpectedly", crawlId);
            await StopAsync(crawls, crawlId, CrawlStatus.Failed, $"The crawl failed unexpectedly ({e.GetType().Name}); see the server log.");
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task CrawlAsync(IServiceProvider services, long crawlId, InstagramSession session, CancellationToken ct)
    {
        await services.GetRequiredService<CrawlService>().MarkRunningAsync(crawlId, ct);
        var crawl = await services.GetRequiredService<CrawlService>().GetAsync(crawlId, ct);
        var account = await services.GetRequiredService<InstaIntelDb>().Accounts.SingleAsync(a => a.Id == crawl.AccountId, ct);
        if (account.Pk is null || (crawl.FollowersCheckpoint is null && crawl.FollowingCheckpoint is null))
            crawl = await LookUpAsync(services, crawl, account, session, ct);

        var served = new List<FollowSource>();
        var shortfalls = new List<string>();
        var shares = new List<double>();
        foreach (var list in new[] { FollowList.Followers, FollowList.Following }.Where(crawl.Covers))
        {
            var read = await CrawlListAsync(services, crawl, account, list, session, served.Count > 0 ? served[^1] : FirstSourceOf(session), ct);
            served.Add(read.Source);
            var expected = list == FollowList.Followers ? crawl.FollowersExpected : crawl.FollowingExpected;
            if (expected is { } count) shares.Add(count == 0 ? 1 : Math.Min(1, read.Listed / (double)count));
            if (read.CutShort || expected is { } c && read.Listed < c * options.Value.CompleteShare)
                shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{read.Listed:N0} of {expected:N0} {(list == FollowList.Followers ? "followers" : "following")}"));
        }
        var crawls = services.GetRequiredService<CrawlService>();
        await crawls.SetCompletenessAsync(crawlId, shares.Count == served.Count ? shares.Min() : null, ct);
        if (shortfalls.Count > 0)
            throw new IncompleteListException($"Instagram showed only {string.Join(" and ", shortfalls)} of @{account.Username}. Nobody was marked lost; crawl again later.");
        await crawls.CompleteAsync(crawlId, served.MaxBy(s => options.Value.SourceOrder.ToList().IndexOf(s)), ct);
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

    private static Task StopAsync(CrawlService crawls, long crawlId, CrawlStatus status, string reason) =>
        crawls.StopAsync(crawlId, status, reason, CancellationToken.None);

    private async Task PauseAsync(CrawlService crawls, long crawlId, CrawlStatus status, DateTime? resumesAt, string why)
    {
        log.LogWarning("Crawl {CrawlId} paused ({Status}): {Reason}", crawlId, status, why);
        await crawls.PauseAsync(crawlId, status, resumesAt, why, CancellationToken.None);
    }

    private async Task<Crawl> LookUpAsync(IServiceProvider services, Crawl crawl, Account account, InstagramSession session, CancellationToken ct)
    {
        var profile = await WhileRateLimitedAsync(services, crawl.Id,
            () => cache.ProfileAsync(session, account.Username, crawl.ForceRefresh, ct => instagram.GetProfileAsync(account.Username, session, ct), ct).AsTask(), ct);
        // Records the counts and any profile change, and brings the account's fields up to date.
        services.GetRequiredService<Counts.CountRecorder>().Observe(account, profile, Counts.CountSource.Crawl);
        await services.GetRequiredService<InstaIntelDb>().SaveChangesAsync(ct);
        var crawls = services.GetRequiredService<CrawlService>();
        await crawls.SetExpectedAsync(crawl.Id, profile.FollowerCount, profile.FollowingCount, ct);
        return await crawls.GetAsync(crawl.Id, ct);
    }

    /// <summary>
    /// Fetches one list from its checkpoint, or from its start on <paramref name="startOn"/> (the source that served
    /// the list before: one that broke there is not asked again): head-only when <see cref="HeadOnlyRead"/> allows it
    /// and the counts say nobody left, otherwise to its end.
    /// </summary>
    private async Task<ListRead> CrawlListAsync(IServiceProvider services, Crawl crawl, Account account, FollowList list,
        InstagramSession session, FollowSource startOn, CancellationToken ct)
    {
        var ingest = services.GetRequiredService<IngestService>();
        var db = services.GetRequiredService<InstaIntelDb>();
        var fetched = list == FollowList.Followers ? crawl.FollowersFetched : crawl.FollowingFetched;
        var checkpoint = Checkpoint.Parse(list == FollowList.Followers ? crawl.FollowersCheckpoint : crawl.FollowingCheckpoint);
        var order = options.Value.SourcesFor(session);
        if (checkpoint?.Done == true) return new ListRead(checkpoint.Source, await ListedAsync(db, crawl.Id, list, fetched, ct));
        // A checkpoint another session's client left is not this one's to follow: the list starts over on its own surface.
        if (checkpoint is not null && !session.MayUse(checkpoint.Source)) (checkpoint, fetched) = (null, 0);

        var source = checkpoint?.Source ?? (session.MayUse(startOn) ? startOn : FirstSourceOf(session));
        var cursor = checkpoint?.Cursor;
        var unreadable = 0;
        // A list resumed mid-way is read to its end: the head it read before the stop is not known here.
        var head = checkpoint is null ? await StartHeadAsync(db, crawl, list, source, ct) : null;
        while (true)
        {
            FollowPage page;
            try
            {
                page = await WhileRateLimitedAsync(services, crawl.Id,
                    () => cache.PageAsync(session, source, list, account.Pk!.Value, cursor, crawl.ForceRefresh,
                        ct => instagram.GetPageAsync(source, list, account.Pk!.Value, account.Username, cursor, session, ct), ct).AsTask(), ct);
            }
            catch (UnreadableResponseException) when (++unreadable < ReadAttempts)
            {
                continue;
            }
            catch (AppOutdatedException) when (NextOf(order, source, SessionClient.Browser) is { } web)
            {
                // The app version is refused; the session's browser surfaces (it allows them) are not.
                log.LogWarning("Crawl {CrawlId}: Instagram refused the app version {Version}; {Next} takes over", crawl.Id, options.Value.Android.AppVersion, web);
                (source, cursor, unreadable, fetched) = (web, null, 0, 0);
                head = head is null ? null : await StartHeadAsync(db, crawl, list, source, ct);
                continue;
            }
            catch (Exception e) when (IsSourceFailure(e) && Next(order, source) is { } next)
            {
                // Another source pages differently, so its list starts over; staging drops the profiles seen twice.
                log.LogWarning("Crawl {CrawlId}: {Source} failed ({Reason}); {Next} takes over", crawl.Id, source, e.Message, next);
                (source, cursor, unreadable, fetched) = (next, null, 0, 0);
                head = head is null ? null : await StartHeadAsync(db, crawl, list, source, ct);
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
            await ingest.IngestPageAsync(crawl.Id, list, page.Profiles, after.ToString(), ct);
            await notifier.PublishProgressAsync(crawl.Id, ct);
            if (page.Next is null) return new ListRead(source, fetched, page.CutShort);
            cursor = page.Next;

            switch (head is null ? HeadVerdict.ReadToEnd : await head.ReadAsync(db, page.Profiles, ct))
            {
                case HeadVerdict.Stop:
                    await ingest.EndHeadOnlyAsync(crawl.Id, list, new Checkpoint(source, null, Done: true).ToString(), ct);
                    log.LogInformation("Crawl {CrawlId}: {List} read head-only ({Fetched} listed); the counts say nobody left", crawl.Id, list, fetched);
                    return new ListRead(source, head!.Listed);
                case HeadVerdict.ReadToEnd when head is not null:
                    log.LogInformation("Crawl {CrawlId}: {List} is read to its end: {Why}", crawl.Id, list, head.Why);
                    head = null;
                    break;
            }
        }
    }

    private async Task<HeadOnlyRead?> StartHeadAsync(InstaIntelDb db, Crawl crawl, FollowList list, FollowSource source, CancellationToken ct)
    {
        var o = options.Value;
        var pageSize = source switch { FollowSource.MobileApi or FollowSource.MobileGraphql => o.Android.PageSize, FollowSource.WebGraphql => o.WebPageSize, _ => o.Browser.PageSize };
        var count = list == FollowList.Followers ? crawl.FollowersExpected : crawl.FollowingExpected;
        return await HeadOnlyRead.StartAsync(db, crawl, list, count, o.Refresh.KnownRun > 0 ? o.Refresh.KnownRun : pageSize, o.Refresh, Now, ct);
    }

    /// <summary>A list that ended before a restart: how many it holds (the carried-over ones too, when it was read head-only).</summary>
    private static async Task<int> ListedAsync(InstaIntelDb db, long crawlId, FollowList list, int fetched, CancellationToken ct)
    {
        var crawl = await db.Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId, ct);
        if ((list == FollowList.Followers ? crawl.FollowersMethod : crawl.FollowingMethod) != CrawlMethod.HeadOnly) return fetched;
        var staged = db.StagedProfiles.Where(p => p.CrawlId == crawlId && p.List == list).Select(p => p.ProfilePk);
        var present = list == FollowList.Followers
            ? await db.Followers.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null, ct)
            : await db.Following.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null, ct);
        var known = list == FollowList.Followers
            ? await db.Followers.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null && staged.Contains(e.ProfilePk), ct)
            : await db.Following.CountAsync(e => e.TargetId == crawl.AccountId && e.LostInCrawlId == null && staged.Contains(e.ProfilePk), ct);
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
    private async Task<T> WhileRateLimitedAsync<T>(IServiceProvider services, long crawlId, Func<Task<T>> request, CancellationToken ct)
    {
        var crawls = services.GetRequiredService<CrawlService>();
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
                log.LogWarning("Crawl {CrawlId} rate limited; resuming at {ResumesAt:u}", crawlId, resumesAt);
                await crawls.PauseAsync(crawlId, CrawlStatus.PausedRateLimited, resumesAt, null, ct);
                await Task.Delay(pause, clock, ct);
                await crawls.MarkRunningAsync(crawlId, ct);
            }
        }
    }
}
