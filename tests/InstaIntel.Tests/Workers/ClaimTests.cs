using System.Collections.Concurrent;
using InstaIntel.Api.Crawling;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InstaIntel.Tests.Workers;

/// <summary>
/// Claims against the real database of each provider. The app runs as `--role api`, so no crawl queue of its own
/// claims anything: only the claimers each test makes, as workers on other machines would.
/// </summary>
public sealed class ClaimTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static CrawlClaims Claimer(AppFactory app, string name, TimeProvider? clock = null) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new WorkerOptions { Name = name }),
            clock ?? TimeProvider.System, NullLogger<CrawlClaims>.Instance);

    private static Task<List<long>> QueueAsync(AppFactory app, long accountId, int count, FollowSource? source = null) =>
        app.WithScopeAsync(async sp =>
        {
            var crawls = sp.GetRequiredService<CrawlService>();
            var ids = new List<long>();
            for (var i = 0; i < count; i++) ids.Add((await crawls.QueueAsync(accountId, CrawlLists.Followers, CancellationToken.None, source: source)).Id);
            return ids;
        });

    private static Task<Crawl> RowAsync(AppFactory app, long id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.AsNoTracking().SingleAsync(s => s.Id == id));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Many_concurrent_claimers_take_each_runnable_crawl_exactly_once_and_never_an_archive_import(DatabaseProvider provider)
    {
        using var app = await Databases.AppAsync(provider, postgres, new() { ["role"] = "api" });
        var account = await app.AddAccountAsync("claimed_many");
        var queued = await QueueAsync(app, account.Id, 30);
        var import = (await QueueAsync(app, account.Id, 1, FollowSource.DataExport)).Single();

        var taken = new ConcurrentBag<(string Worker, long CrawlId)>();
        var claimers = Enumerable.Range(1, 8).Select(i => Claimer(app, $"worker-{i}")).ToList();
        using var start = new SemaphoreSlim(0);
        var runs = claimers.Select(claimer => Task.Run(async () =>
        {
            await start.WaitAsync();
            while (await claimer.ClaimNextAsync([], CancellationToken.None) is { } claim) taken.Add((claimer.Worker, claim.CrawlId));
        })).ToList();
        start.Release(claimers.Count);
        await Task.WhenAll(runs);

        Assert.Equal(queued, taken.Select(t => t.CrawlId).Order());
        Assert.True(taken.Select(t => t.Worker).Distinct().Count() > 1, "one claimer took everything: nothing ran concurrently");
        foreach (var (worker, id) in taken)
        {
            var row = await RowAsync(app, id);
            Assert.Equal(worker, row.ClaimedBy);
            Assert.InRange(row.LeaseUntil!.Value, DateTime.UtcNow.AddMinutes(1), DateTime.UtcNow.AddMinutes(2).AddSeconds(5));
        }
        Assert.Null((await RowAsync(app, import)).ClaimedBy);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_live_lease_is_kept_an_expired_one_is_taken_over_and_its_old_holder_is_told_on_renewal(DatabaseProvider provider)
    {
        using var app = await Databases.AppAsync(provider, postgres, new() { ["role"] = "api" });
        var account = await app.AddAccountAsync("claimed_lease");
        var id = (await QueueAsync(app, account.Id, 1)).Single();
        await app.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<CrawlService>().MarkRunningAsync(id, CancellationToken.None);
            return 0;
        });

        var first = Claimer(app, "worker-a");
        Assert.Equal(new CrawlClaims.Claim(id, CrawlStatus.Running, null), await first.ClaimNextAsync([], CancellationToken.None));
        Assert.Equal(CrawlClaims.Renewal.Held, await first.RenewAsync(id, CancellationToken.None));

        // Another worker now: the lease (2 minutes) holds.
        Assert.Null(await Claimer(app, "worker-b").ClaimNextAsync([], CancellationToken.None));
        // The same worker three minutes on, as if worker-a had stopped renewing: the lease has run out.
        var later = new ShiftedClock(DateTimeOffset.UtcNow.AddMinutes(3));
        var second = Claimer(app, "worker-b", later);
        Assert.Equal(new CrawlClaims.Claim(id, CrawlStatus.Running, "worker-a"), await second.ClaimNextAsync([], CancellationToken.None));
        Assert.Equal("worker-b", (await RowAsync(app, id)).ClaimedBy);

        Assert.Equal(CrawlClaims.Renewal.TakenOver, await first.RenewAsync(id, CancellationToken.None)); // fenced: it must stop its run
        await first.ReleaseAsync(id, CancellationToken.None); // and its release lets go of nothing
        Assert.Equal("worker-b", (await RowAsync(app, id)).ClaimedBy);

        await second.ReleaseAsync(id, CancellationToken.None);
        var released = await RowAsync(app, id);
        Assert.Equal((null, null), (released.ClaimedBy, released.LeaseUntil));
        Assert.Equal(id, (await first.ClaimNextAsync([], CancellationToken.None))?.CrawlId);
        await first.ReleaseAsync(id, CancellationToken.None, onlyIfEnded: true); // after a run that threw: kept while unfinished
        Assert.Equal("worker-a", (await RowAsync(app, id)).ClaimedBy);

        // Cancelled by an API that could not tell the worker (no Redis between them): the next renewal says so.
        await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, CrawlStatus.Cancelled)));
        Assert.Equal(CrawlClaims.Renewal.CancelledElsewhere, await first.RenewAsync(id, CancellationToken.None));
        await first.ReleaseAsync(id, CancellationToken.None, onlyIfEnded: true);
        Assert.Null((await RowAsync(app, id)).ClaimedBy);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Paused_crawls_are_claimed_only_when_they_may_go_on(DatabaseProvider provider)
    {
        using var app = await Databases.AppAsync(provider, postgres, new() { ["role"] = "api" });
        var account = await app.AddAccountAsync("claimed_paused");
        var ids = await QueueAsync(app, account.Id, 4);
        var now = DateTime.UtcNow;
        await app.WithScopeAsync(async sp =>
        {
            var crawls = sp.GetRequiredService<CrawlService>();
            await crawls.PauseAsync(ids[0], CrawlStatus.PausedActionBlocked, now.AddHours(1), "blocked", CancellationToken.None);
            await crawls.PauseAsync(ids[1], CrawlStatus.PausedActionBlocked, now.AddSeconds(-1), "block over", CancellationToken.None);
            await crawls.PauseAsync(ids[2], CrawlStatus.PausedNeedsSession, null, "no session", CancellationToken.None);
            // Ended (set directly: ending a crawl goes through the ingest, which is not on PostgreSQL yet).
            return await sp.GetRequiredService<InstaIntelDb>().Crawls.Where(s => s.Id == ids[3])
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, CrawlStatus.Cancelled));
        });

        var claimer = Claimer(app, "worker-a");
        Assert.Equal(new CrawlClaims.Claim(ids[1], CrawlStatus.PausedActionBlocked, null), await claimer.ClaimNextAsync([], CancellationToken.None));
        Assert.Null(await claimer.ClaimNextAsync([], CancellationToken.None)); // the block not over, the one waiting for a session, the ended one
        Assert.Equal(ids[2], (await claimer.ClaimNextAsync([ids[2]], CancellationToken.None))?.CrawlId); // a session works again
    }

    [Fact]
    public async Task Settings_that_cannot_work_are_named()
    {
        var problems = new WorkerSettingsCheck().Validate(null, new WorkerOptions { LeaseTime = TimeSpan.FromSeconds(1), PollEvery = TimeSpan.Zero, Sessions = ["alice", " "] });
        Assert.Equal(
            [
                "Workers:LeaseTime is 00:00:01: it must be 3 seconds or longer (the lease is renewed every third of it).",
                "Workers:PollEvery is 00:00:00: it must be from 00:00:00.100 to one hour.",
                "Workers:Sessions has an empty entry: list Instagram usernames (or session labels), or leave it out to use every session.",
            ],
            problems.Failures);

        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        using var api = ApiProcess.Launch(Environment.CurrentDirectory, data, "--Workers:LeaseTime=00:00:01");
        Assert.Equal(2, await api.ExitCodeAsync());
        Assert.Contains("Workers:LeaseTime is 00:00:01", api.Output);
        Directory.Delete(data, recursive: true);
    }
}
