using System.Data.Common;
using InstaIntel.Api;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Ingest;

/// <summary>
/// The rules of staging, checkpoints, completion and stop that each database's ingest keeps, run against both (the
/// delta's own rules are <see cref="DeltaTests"/>). Each test uses pks of its own: the profiles are shared.
/// </summary>
public sealed class IngestRulesTests(AppOnEachDatabase apps) : IClassFixture<AppOnEachDatabase>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_configured_database_chooses_the_ingest(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var chosen = await app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IngestService>().GetType()));
        Assert.Equal(provider == DatabaseProvider.Sqlite ? typeof(SqliteIngest) : typeof(PostgresIngest), chosen);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_paused_crawl_takes_pages_but_does_not_complete(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var account = await NewAccountAsync(app);
        var crawlId = await BeginAsync(app, account, CrawlLists.Followers);
        await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.Where(s => s.Id == crawlId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, CrawlStatus.PausedRateLimited)));
        await PageAsync(app, crawlId, Range(101, 103), "after-103");

        var error = await Assert.ThrowsAsync<CrawlStateException>(() => CompleteAsync(app, crawlId));

        Assert.Contains("PausedRateLimited", error.Message);
        var crawl = await CrawlOfAsync(app, crawlId);
        Assert.Equal((CrawlStatus.PausedRateLimited, 3, "after-103"), (crawl.Status, crawl.FollowersFetched, crawl.FollowersCheckpoint));
        Assert.Equal(0, await EdgeCountAsync(app, account));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_crawl_ends_once(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var account = await NewAccountAsync(app);
        var done = await app.CrawlAsync(account, Range(201, 203));
        var stopped = await BeginAsync(app, account, CrawlLists.Followers);
        await PageAsync(app, stopped, Range(204, 205), "after-205");
        await StopAsync(app, stopped, CrawlStatus.Failed);

        var stopDone = await Assert.ThrowsAsync<CrawlStateException>(() => StopAsync(app, done.Id, CrawlStatus.Cancelled));
        var completeDone = await Assert.ThrowsAsync<CrawlStateException>(() => CompleteAsync(app, done.Id));
        var completeStopped = await Assert.ThrowsAsync<CrawlStateException>(() => CompleteAsync(app, stopped));

        Assert.Contains("not queued, running or paused", stopDone.Message);
        Assert.Contains("Succeeded", completeDone.Message);
        Assert.Contains("Failed", completeStopped.Message);
        Assert.Equal((CrawlStatus.Succeeded, 3), ((await CrawlOfAsync(app, done.Id)).Status, (await CrawlOfAsync(app, done.Id)).FollowersTotal));
        Assert.Equal(CrawlStatus.Failed, (await CrawlOfAsync(app, stopped)).Status);
        Assert.Equal(3, await EdgeCountAsync(app, account));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_stopped_crawl_keeps_the_profiles_it_saw_and_its_checkpoint_but_no_edge_change_or_staged_row(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var account = await NewAccountAsync(app);
        var crawlId = await BeginAsync(app, account, CrawlLists.Both);
        await PageAsync(app, crawlId, Range(301, 304), "after-304");
        await app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().IngestPageAsync(crawlId, FollowList.Following, Range(305, 306).ToList(), "max_id=2"));

        var stopped = await StopAsync(app, crawlId, CrawlStatus.Incomplete, "the list ended short");

        Assert.Equal((CrawlStatus.Incomplete, "the list ended short"), (stopped.Status, stopped.Error));
        Assert.Equal(("after-304", "max_id=2", 4, 2), (stopped.FollowersCheckpoint, stopped.FollowingCheckpoint, stopped.FollowersFetched, stopped.FollowingFetched));
        var left = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            return (Profiles: await db.Profiles.Where(p => p.Pk >= 301 && p.Pk <= 306).OrderBy(p => p.Pk).Select(p => p.Username).ToListAsync(),
                Changes: await db.FollowChanges.CountAsync(c => c.CrawlId == crawlId),
                Staged: await db.StagedProfiles.CountAsync(s => s.CrawlId == crawlId));
        });
        Assert.Equal(Range(301, 306).Select(p => p.Username), left.Profiles);
        Assert.Equal((0, 0), (left.Changes, left.Staged));
        Assert.Equal(0, await EdgeCountAsync(app, account));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_list_ended_head_only_carries_over_everyone_it_did_not_list(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var account = await NewAccountAsync(app);
        await app.CrawlAsync(account, Range(401, 410));
        var crawlId = await BeginAsync(app, account, CrawlLists.Followers);
        await PageAsync(app, crawlId, Range(409, 412), "after-412");
        await app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IngestService>().EndHeadOnlyAsync(crawlId, FollowList.Followers, "done");
            return 0;
        });

        var crawl = await CompleteAsync(app, crawlId);

        Assert.Equal((12, 2, 0), (crawl.FollowersTotal, crawl.FollowersNew, crawl.FollowersLost));
        Assert.Equal((CrawlMethod.HeadOnly, "done"), (crawl.FollowersMethod, crawl.FollowersCheckpoint));
        var present = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Followers
            .Where(e => e.TargetId == account && e.LostInCrawlId == null).Select(e => e.ProfilePk).OrderBy(pk => pk).ToListAsync());
        Assert.Equal(Range(401, 412).Select(p => p.Pk), present);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_crawl_completed_as_of_an_earlier_day_is_dated_that_day_and_one_completed_now_keeps_its_start(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var account = await NewAccountAsync(app);
        var seenAt = new DateTime(2026, 10, 1, 12, 0, 0, DateTimeKind.Utc);
        var archived = await BeginAsync(app, account, CrawlLists.Followers);
        await PageAsync(app, archived, Range(501, 502), null);

        var crawl = await CompleteAsync(app, archived, seenAt);

        Assert.Equal<(DateTime?, DateTime?, DateTime?)>((seenAt, seenAt, seenAt), (crawl.CreatedAt, crawl.StartedAt, crawl.FinishedAt));
        var lastCrawled = await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Accounts.Where(a => a.Id == account).Select(a => a.LastCrawledAt).SingleAsync());
        Assert.Equal(seenAt, lastCrawled);

        var begun = await CrawlOfAsync(app, await BeginAsync(app, account, CrawlLists.Followers));
        var now = await CompleteAsync(app, begun.Id);
        Assert.Equal((begun.CreatedAt, begun.StartedAt), (now.CreatedAt, now.StartedAt));
        Assert.True(now.FinishedAt >= now.StartedAt, $"finished {now.FinishedAt:O} before it started {now.StartedAt:O}");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task What_is_recorded_beside_an_end_is_written_in_the_transaction_that_changes_the_status(DatabaseProvider provider)
    {
        var app = await apps.OnAsync(provider);
        var account = await NewAccountAsync(app);
        var completed = await BeginAsync(app, account, CrawlLists.Followers);
        var stopped = await BeginAsync(app, account, CrawlLists.Followers);
        var seen = new List<string?>();
        async Task Record(DbTransaction tx, CancellationToken ct)
        {
            await using var read = tx.Connection!.CreateCommand();
            read.Transaction = tx;
            read.CommandText = "SELECT status FROM crawls WHERE id = @id";
            read.AddParameter("@id", seen.Count == 0 ? completed : stopped);
            seen.Add(await read.ExecuteScalarAsync(ct) as string);
        }

        await app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().CompleteAsync(completed, alsoRecord: Record));
        await app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().StopAsync(stopped, CrawlStatus.Cancelled, alsoRecord: Record));

        Assert.Equal(["Succeeded", "Cancelled"], seen);
    }

    private static async Task<long> NewAccountAsync(AppFactory app) => (await app.AddAccountAsync($"r{Guid.NewGuid():N}"[..20])).Id;

    private static Task<long> BeginAsync(AppFactory app, long account, CrawlLists lists) =>
        app.WithScopeAsync(async sp => (await sp.BeginCrawlAsync(account, lists)).Id);

    private static Task<int> PageAsync(AppFactory app, long crawlId, IEnumerable<ProfileData> page, string? checkpoint) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().IngestPageAsync(crawlId, FollowList.Followers, page.ToList(), checkpoint));

    private static Task<Crawl> CompleteAsync(AppFactory app, long crawlId, DateTime? seenAt = null) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().CompleteAsync(crawlId, seenAt: seenAt));

    private static Task<Crawl> StopAsync(AppFactory app, long crawlId, CrawlStatus status, string? error = null) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().StopAsync(crawlId, status, error));

    private static Task<Crawl> CrawlOfAsync(AppFactory app, long crawlId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.AsNoTracking().SingleAsync(s => s.Id == crawlId));

    /// <summary>Edges of the account in the tables, visible or not.</summary>
    private static Task<int> EdgeCountAsync(AppFactory app, long account) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Database.SqlQuery<int>($"""
            SELECT (SELECT count(*) FROM follower_edges WHERE target_id = {account})
                + (SELECT count(*) FROM following_edges WHERE target_id = {account}) AS "Value"
            """).SingleAsync());
}
