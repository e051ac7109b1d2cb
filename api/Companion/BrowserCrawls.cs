using System.Collections.Concurrent;
using System.Globalization;
using InstaIntel.Api.Crawling;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Companion;

/// <summary>Where each list of a claimed crawl goes on, for the companion.</summary>
public sealed record BrowserPlan(long? TargetPk, IReadOnlyList<BrowserListPlan> Lists, int PageSize);

public sealed record BrowserListPlan(FollowList List, string? Cursor, int Fetched, bool Done);

/// <summary>
/// Crawls of source Browser, which the browser companion reads in the user's own instagram.com tab. A companion claims
/// one (its holder is its API token), submits its pages in order, each staged with its checkpoint through the same
/// ingest as a server crawl's, and the crawl completes exactly as one (new and lost, history, alerts) when its last
/// list ends; a stop signal pauses it as a server crawl's would. Every state change goes through <see cref="CrawlService"/>.
/// </summary>
public sealed class BrowserCrawls(InstaIntelDb db, CrawlService crawls, IngestService ingest, CrawlNotifier notifier,
    IOptions<InstagramOptions> options, TimeProvider clock)
{
    /// <summary>What instagram.com's follower dialog asks for a page; the companion asks the same.</summary>
    public const int PageSize = 12;
    private const string HolderPrefix = "companion:";
    // One page at a time per crawl: two copies of one page must not both pass the cursor check.
    private static readonly ConcurrentDictionary<long, SemaphoreSlim> Pages = new();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Who holds a browser crawl: the API token of the companion, or the dashboard for a caller with no token.</summary>
    public static string HolderOf(long? tokenId) => tokenId is { } id ? HolderPrefix + id.ToString(CultureInfo.InvariantCulture) : "dashboard";

    public async Task<(Crawl? Crawl, BrowserPlan? Plan, IUserError? Error)> ClaimAsync(long crawlId, string holder, CancellationToken ct)
    {
        var (crawl, error) = await FindAsync(crawlId, ct);
        if (crawl is null) return (null, null, error);
        if (!crawl.Status.IsActive()) return (null, null, new BrowserCrawlStateError($"The crawl has ended ({crawl.Status.Describe()}).", crawl));
        if (crawl.Status is CrawlStatus.PausedActionBlocked or CrawlStatus.PausedNeedsSession || crawl.Status == CrawlStatus.PausedRateLimited && crawl.ResumesAt > Now)
            return (null, null, new BrowserCrawlStateError($"The crawl is {crawl.Status.Describe()}: {crawl.Error} Resume it from the Crawls page first.", crawl));
        if (crawl.ClaimedBy is { } other && other != holder && !await IsGoneAsync(other, ct))
            return (null, null, new CrawlClaimedElsewhereError("Another browser companion is reading this crawl.", crawl));

        var claimed = await db.Crawls.Where(s => s.Id == crawlId && s.ClaimedBy == crawl.ClaimedBy && CrawlStatuses.Active.Contains(s.Status))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ClaimedBy, holder).SetProperty(s => s.LeaseUntil, (DateTime?)null), ct);
        if (claimed == 0) return (null, null, new CrawlClaimedElsewhereError("Another browser companion claimed this crawl just now.", crawl));
        await crawls.MarkRunningAsync(crawlId, ct);
        crawl = await crawls.GetAsync(crawlId, ct);
        var pk = await db.Accounts.Where(a => a.Id == crawl.AccountId).Select(a => a.Pk).SingleAsync(ct);
        var lists = new[] { FollowList.Followers, FollowList.Following }.Where(crawl.Covers).Select(list =>
        {
            var checkpoint = Checkpoint.Parse(CheckpointOf(crawl, list));
            return new BrowserListPlan(list, checkpoint?.Cursor, list == FollowList.Followers ? crawl.FollowersFetched : crawl.FollowingFetched, checkpoint?.Done == true);
        }).ToList();
        return (crawl, new BrowserPlan(pk, lists, PageSize), null);
    }

    /// <summary>Stores one page the companion read, in order, and completes the crawl when its last list has ended.</summary>
    public async Task<(CrawlProgress? Progress, IUserError? Error)> SubmitAsync(SubmitBrowserPageInput page, long crawlId, string holder, CancellationToken ct)
    {
        var (profiles, targetPk, invalid) = page.Validate();
        if (invalid is not null) return (null, invalid);
        var gate = Pages.GetOrAdd(crawlId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var (crawl, error) = await HeldAsync(crawlId, holder, ct);
            if (crawl is null) return (null, error);
            if (!crawl.Covers(page.List))
                return (null, new InvalidPageError($"The crawl does not read {page.List.ToString().ToLowerInvariant()}.", "list"));
            var checkpoint = Checkpoint.Parse(CheckpointOf(crawl, page.List));
            if (checkpoint?.Done == true)
                return (null, new PageOutOfOrderError($"The {page.List.ToString().ToLowerInvariant()} list is complete already.", null, ListDone: true));
            if (page.Cursor != checkpoint?.Cursor)
                return (null, new PageOutOfOrderError(checkpoint?.Cursor is null
                    ? "The list goes on from its first page (cursor null)."
                    : "The page's cursor is not the one the list goes on from.", checkpoint?.Cursor, ListDone: false));

            var account = await db.Accounts.SingleAsync(a => a.Id == crawl.AccountId, ct);
            if (account.Pk is null && targetPk is null)
                return (null, new InvalidPageError($"InstaIntel does not know @{account.Username}'s user id yet: send `targetPk` with the page.", "targetPk"));
            if (account.Pk is { } known && targetPk is { } sent && known != sent)
                return (null, new InvalidPageError($"`targetPk` {sent} is not @{account.Username}'s user id.", "targetPk"));
            if (account.Pk is null)
            {
                account.Pk = targetPk;
                await db.SaveChangesAsync(ct);
            }
            if (page.Expected is { } expected) await crawls.SetExpectedAsync(crawlId, page.List, expected, ct);

            var after = page.NextCursor is null ? new Checkpoint(FollowSource.Browser, null, Done: true) : new Checkpoint(FollowSource.Browser, page.NextCursor, Done: false);
            await ingest.IngestPageAsync(crawlId, page.List, profiles, after.ToString(), ct);
            await notifier.PublishProgressAsync(crawlId, ct);
            crawl = await crawls.GetAsync(crawlId, ct);
            if (new[] { FollowList.Followers, FollowList.Following }.Where(crawl.Covers).All(l => Checkpoint.Parse(CheckpointOf(crawl, l))?.Done == true))
                crawl = await FinishAsync(crawl, account.Username, ct);
            return (CrawlProgress.Of(crawl, Now), null);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Pauses the crawl for a stop signal the companion met, and lets go of it.</summary>
    public async Task<(Crawl? Crawl, IUserError? Error)> StopAsync(long crawlId, BrowserStopSignal signal, string? detail, string holder, CancellationToken ct)
    {
        var (crawl, error) = await HeldAsync(crawlId, holder, ct);
        if (crawl is null) return (null, error);
        var (status, resumesAt, advice) = BrowserStops.Of(signal, detail, options.Value, Now);
        await crawls.PauseAsync(crawlId, status, resumesAt, advice, ct);
        await db.Crawls.Where(s => s.Id == crawlId && s.ClaimedBy == holder).ExecuteUpdateAsync(u => u.SetProperty(s => s.ClaimedBy, (string?)null), ct);
        return (await crawls.GetAsync(crawlId, ct), null);
    }

    /// <summary>"Resume in my browser": a paused browser crawl is queued again for the companion.</summary>
    public async Task<(Crawl? Crawl, IUserError? Error)> ResumeAsync(long crawlId, CancellationToken ct)
    {
        var (crawl, error) = await FindAsync(crawlId, ct);
        if (crawl is null) return (null, error);
        if (!await crawls.RequeueAsync(crawlId, ct))
            return (null, new BrowserCrawlStateError($"Only a paused crawl can be resumed; this one is {crawl.Status.Describe()}.", crawl));
        return (await crawls.GetAsync(crawlId, ct), null);
    }

    /// <summary>Ends the crawl as a server crawl ends: incomplete when a list gave less than its count allows, else complete.</summary>
    private async Task<Crawl> FinishAsync(Crawl crawl, string username, CancellationToken ct)
    {
        var shares = new List<double>();
        var shortfalls = new List<string>();
        foreach (var list in new[] { FollowList.Followers, FollowList.Following }.Where(crawl.Covers))
        {
            var (fetched, expected) = list == FollowList.Followers ? (crawl.FollowersFetched, crawl.FollowersExpected) : (crawl.FollowingFetched, crawl.FollowingExpected);
            if (expected is not { } count) continue;
            shares.Add(count == 0 ? 1 : Math.Min(1, fetched / (double)count));
            if (fetched < count * options.Value.CompleteShare)
                shortfalls.Add(string.Create(CultureInfo.InvariantCulture, $"{fetched:N0} of {count:N0} {list.ToString().ToLowerInvariant()}"));
        }
        await crawls.SetCompletenessAsync(crawl.Id, shares.Count > 0 && shares.Count == (crawl.Lists == CrawlLists.Both ? 2 : 1) ? shares.Min() : null, ct);
        if (shortfalls.Count > 0)
            return await crawls.StopAsync(crawl.Id, CrawlStatus.Incomplete,
                $"Instagram showed only {string.Join(" and ", shortfalls)} of @{username}. Nobody was marked lost; crawl again later.", ct);
        return await crawls.CompleteAsync(crawl.Id, FollowSource.Browser, ct);
    }

    private async Task<(Crawl? Crawl, IUserError? Error)> FindAsync(long crawlId, CancellationToken ct)
    {
        var crawl = await crawls.FindAsync(crawlId, ct);
        if (crawl is null) return (null, new CrawlNotFoundError($"No crawl has the ID `{GraphQL.Relay.GlobalId.Encode(CrawlType.TypeName, crawlId)}`.", GraphQL.Relay.GlobalId.Encode(CrawlType.TypeName, crawlId)));
        if (crawl.Source != FollowSource.Browser) return (null, new NotABrowserCrawlError("The crawl is the server's: only a crawl started with `inBrowser: true` takes pages from a browser.", crawl));
        return (crawl, null);
    }

    /// <summary>The crawl when it runs under this holder's claim.</summary>
    private async Task<(Crawl? Crawl, IUserError? Error)> HeldAsync(long crawlId, string holder, CancellationToken ct)
    {
        var (crawl, error) = await FindAsync(crawlId, ct);
        if (crawl is null) return (null, error);
        if (crawl.Status == CrawlStatus.Running && crawl.ClaimedBy != holder)
            return (null, new CrawlClaimedElsewhereError("Another browser companion is reading this crawl.", crawl));
        if (crawl.Status != CrawlStatus.Running)
            return (null, new BrowserCrawlStateError($"The crawl is {crawl.Status.Describe()}: claim it with `claimBrowserCrawl` when it is queued.", crawl));
        return (crawl, null);
    }

    /// <summary>A holder whose token was revoked, has expired or is gone lets go of its crawls.</summary>
    private async Task<bool> IsGoneAsync(string holder, CancellationToken ct)
    {
        if (!holder.StartsWith(HolderPrefix, StringComparison.Ordinal) || !long.TryParse(holder[HolderPrefix.Length..], CultureInfo.InvariantCulture, out var id)) return false;
        var now = Now;
        return !await db.ApiTokens.AnyAsync(t => t.Id == id && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);
    }

    private static string? CheckpointOf(Crawl crawl, FollowList list) => list == FollowList.Followers ? crawl.FollowersCheckpoint : crawl.FollowingCheckpoint;
}
