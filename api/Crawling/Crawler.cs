using System.Globalization;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Counts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Instagram;
using Microsoft.EntityFrameworkCore;
using static InstaIntel.Api.Crawling.CrawlOutcome;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// Runs one crawl: takes a session from the pool, looks the target up, then fetches each list page by page,
/// ingesting every page with the checkpoint to resume after it. Only the sources of the session's own client are
/// used (the other's too only when the session allows it), in the configured order; the next takes over when one
/// breaks, and when none is left the crawl pauses rather than cross. A rate limit pauses the crawl until Instagram's
/// window has passed; a stop signal or a session that needs the user pauses it until the session may be used again
/// or a working one is connected; a list Instagram cuts short ends it as incomplete. Each step ends in a
/// <see cref="CrawlOutcome"/>, and <see cref="EndAsync"/> records the one the crawl ends with. One crawler per crawl,
/// resolved in the crawl's own scope.
/// </summary>
public sealed partial class Crawler(CrawlerServices services)
{
    private InstagramOptions Options => services.Options.Value;
    private ILogger Log => services.Log;
    private DateTime Now => services.Clock.GetUtcNow().UtcDateTime;

    public async Task RunAsync(long crawlId, Func<bool> cancelledByUser, CancellationToken ct)
    {
        var crawl = await services.Crawls.GetAsync(crawlId, ct);
        if (!crawl.Status.IsActive() || crawl.Status is CrawlStatus.PausedActionBlocked or CrawlStatus.PausedUnreachable && crawl.ResumesAt > Now) return;

        var tried = new List<string>();
        InstagramSession? session = null;
        CrawlEnd end;
        try
        {
            while (true)
            {
                session = await services.Sessions.AcquireAsync(tried, ct);
                tried.Add(session.Key);
                end = await CrawlAsync(crawlId, session, ct);
                // Another connected session may follow the private target.
                if (end is not PrivateTarget(var reason) || !await services.Sessions.HasOtherThanAsync(tried, ct)) break;
                Log.LogInformation("Crawl {CrawlId}: {Reason} Trying another session.", crawlId, reason);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Cancelled by the user: end it. Shut down: leave it as it is, to resume on the next start.
            if (cancelledByUser()) await services.Crawls.StopAsync(crawlId, CrawlStatus.Cancelled, "Cancelled.", CancellationToken.None);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            end = Of(e, Options).AsEnd();
        }
        await EndAsync(crawlId, session, end);
    }

    /// <summary>Records how the crawl ended, with its advice; a session Instagram stopped or refused is reported to the pool.</summary>
    private async Task EndAsync(long crawlId, InstagramSession? session, CrawlEnd end)
    {
        var none = CancellationToken.None;
        if (end is not Offline) services.OfflineWaits.Forget(crawlId);
        switch (end)
        {
            case Completed:
                return;
            case Offline(var cause):
                var retryAt = Now + services.OfflineWaits.Next(crawlId);
                Log.LogWarning("Crawl {CrawlId}: Instagram cannot be reached ({Reason}); trying again at {RetryAt:u}", crawlId, cause.Message, retryAt);
                await services.Crawls.PauseAsync(crawlId, CrawlStatus.PausedUnreachable, retryAt, Offline.Advice(retryAt), none);
                return;
            case ActionBlocked(var signal):
                if (session is not null) await services.Sessions.ReportAsync(session.Key, signal, none);
                var until = signal.Until ?? (session is null ? null : services.Guard.BlockedUntil(session.Key)) ?? Now + Options.ActionBlockPause;
                await PauseAsync(crawlId, CrawlStatus.PausedActionBlocked, until, signal.Message);
                return;
            case SurfacesExhausted exhausted:
                await PauseAsync(crawlId, CrawlStatus.PausedActionBlocked, Now + Options.SurfacesDownPause, exhausted.Advice);
                return;
            case NeedsSession(var problem):
                if (session is not null) await services.Sessions.ReportAsync(session.Key, problem, none);
                await PauseAsync(crawlId, CrawlStatus.PausedNeedsSession, null, problem.Message);
                return;
            case Incomplete(var reason):
                Log.LogWarning("Crawl {CrawlId} is incomplete: {Reason}", crawlId, reason);
                await services.Crawls.StopAsync(crawlId, CrawlStatus.Incomplete, reason, none);
                return;
            case PrivateTarget(var reason):
                await FailAsync(crawlId, new Failed(reason));
                return;
            case Failed failed:
                await FailAsync(crawlId, failed);
                return;
            case Unexpected(var error):
                Log.LogError(error, "Crawl {CrawlId} failed unexpectedly", crawlId);
                await services.Crawls.StopAsync(crawlId, CrawlStatus.Failed, $"The crawl stopped on an error InstaIntel did not expect. Retry it; if it stops again, the server log says what happened (look for crawl {crawlId}).", none);
                return;
        }
    }

    private async Task FailAsync(long crawlId, Failed failed)
    {
        Log.Log(failed.Severity, "Crawl {CrawlId} stopped: {Reason}", crawlId, failed.Reason);
        await services.Crawls.StopAsync(crawlId, CrawlStatus.Failed, failed.Reason, CancellationToken.None);
    }

    private async Task PauseAsync(long crawlId, CrawlStatus status, DateTime? resumesAt, string why)
    {
        Log.LogWarning("Crawl {CrawlId} paused ({Status}): {Reason}", crawlId, status, why);
        await services.Crawls.PauseAsync(crawlId, status, resumesAt, why, CancellationToken.None);
    }

    private async Task<CrawlEnd> CrawlAsync(long crawlId, InstagramSession session, CancellationToken ct)
    {
        await services.Crawls.MarkRunningAsync(crawlId, ct);
        var crawl = await services.Crawls.GetAsync(crawlId, ct);
        var account = await services.Db.Accounts.SingleAsync(a => a.Id == crawl.AccountId, ct);
        if (account.Pk is null || (crawl.FollowersCheckpoint is null && crawl.FollowingCheckpoint is null))
        {
            if (await LookUpAsync(crawl, account, session, ct) is { } stopped) return stopped;
            crawl = await services.Crawls.GetAsync(crawlId, ct);
        }

        var served = new List<FollowSource>();
        var shortfalls = new List<string>();
        var shares = new List<double>();
        foreach (var list in new[] { FollowList.Followers, FollowList.Following }.Where(crawl.Covers))
        {
            var startOn = served.Count > 0 ? served[^1] : Options.SourcesFor(session) is [var first, ..] ? first : (FollowSource?)null;
            if (startOn is null) return new SurfacesExhausted(session.Client, "none of the sources in Instagram:Sources belongs to it");
            var outcome = await CrawlListAsync(crawl, account, list, session, startOn.Value, ct);
            if (outcome is not ListRead read) return outcome.AsEnd();
            served.Add(read.Source);
            var expected = list == FollowList.Followers ? crawl.FollowersExpected : crawl.FollowingExpected;
            if (expected is { } count) shares.Add(count == 0 ? 1 : Math.Min(1, read.Listed / (double)count));
            if (read.CutShort || expected is { } c && read.Listed < c * Options.CompleteShare)
                shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{read.Listed:N0} of {expected:N0} {(list == FollowList.Followers ? "followers" : "following")}"));
        }
        await services.Crawls.SetCompletenessAsync(crawlId, shares.Count == served.Count ? shares.Min() : null, ct);
        if (shortfalls.Count > 0)
            return new Incomplete($"Instagram showed only {string.Join(" and ", shortfalls)} of @{account.Username}. Nobody was marked lost; crawl again later.");
        await services.Crawls.CompleteAsync(crawlId, served.MaxBy(s => Options.SourceOrder.ToList().IndexOf(s)), ct);
        await CheckLostReasonsAsync(account, session, ct);
        return new Completed();
    }

    /// <summary>Reads the target's profile: records its counts and any change, and the list lengths the crawl expects. Null once done.</summary>
    private async Task<CrawlEnd?> LookUpAsync(Crawl crawl, Account account, InstagramSession session, CancellationToken ct)
    {
        var read = await ReadAsync(crawl.Id, async () => new Profile(await services.Cache.ProfileAsync(session, account.Username, crawl.ForceRefresh,
            ct => services.Instagram.GetProfileAsync(account.Username, session, ct), ct)), ct);
        if (read is not Profile(var profile)) return read.AsEnd();
        // Records the counts and any profile change, and brings the account's fields up to date.
        services.Counts.Observe(account, profile, CountSource.Crawl);
        await services.Db.SaveChangesAsync(ct);
        await services.Crawls.SetExpectedAsync(crawl.Id, profile.FollowerCount, profile.FollowingCount, ct);
        return null;
    }

    /// <summary>Runs once the crawl has ended: nothing here may fail it or stop it.</summary>
    private async Task CheckLostReasonsAsync(Account account, InstagramSession session, CancellationToken ct)
    {
        try
        {
            var checkedCount = await services.LostChecks.RunAsync(account.Id, session, ct);
            if (checkedCount > 0) Log.LogInformation("Checked why {Count} people left @{Account}", checkedCount, account.Username);
        }
        catch (Exception e) when (e is OperationCanceledException or DbUpdateException)
        {
            Log.LogWarning("Why people left @{Account} stays unchecked until the next crawl: {Reason}", account.Username, e.Message);
        }
    }

    /// <summary>Makes one read from Instagram; on a rate limit the crawl is paused (visibly, with its resume time) and the read made again after.</summary>
    private async Task<CrawlOutcome> ReadAsync(long crawlId, Func<Task<CrawlOutcome>> read, CancellationToken ct)
    {
        while (true)
        {
            CrawlOutcome outcome;
            try
            {
                outcome = await read();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                outcome = Of(e, Options);
            }
            if (outcome is not RateLimited(var pause)) return outcome;
            var resumesAt = Now + pause;
            Log.LogWarning("Crawl {CrawlId} rate limited; resuming at {ResumesAt:u}", crawlId, resumesAt);
            await services.Crawls.PauseAsync(crawlId, CrawlStatus.PausedRateLimited, resumesAt, null, ct);
            await Task.Delay(pause, services.Clock, ct);
            await services.Crawls.MarkRunningAsync(crawlId, ct);
        }
    }
}
