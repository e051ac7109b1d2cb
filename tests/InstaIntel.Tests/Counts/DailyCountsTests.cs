using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Counts;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Crawling;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace InstaIntel.Tests.Counts;

/// <summary>The first two run on SQLite and on PostgreSQL.</summary>
public sealed class DailyCountsTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static DateTimeOffset Utc(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static Task<T> WithDbAsync<T>(AppFactory app, Func<InstaIntelDb, Task<T>> work) =>
        app.WithScopeAsync(sp => work(sp.GetRequiredService<InstaIntelDb>()));

    private static async Task TrackBrandsAsync(AppFactory app, int count) =>
        await WithDbAsync(app, async db =>
        {
            db.Accounts.AddRange(Enumerable.Range(1, count).Select(i => new Account { Username = $"demo_brand_{i:000}", CreatedAt = DateTime.UtcNow }));
            return await db.SaveChangesAsync();
        });

    private static Task<CountsRun> RunAsync(AppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<CountsReader>().RunAsync(spread: false, CancellationToken.None));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_hundred_accounts_are_read_with_exactly_one_request_each_through_the_pacing(DatabaseProvider provider)
    {
        // 30,000 a minute is 25 requests every 50 ms: 500 reads cannot take less than about 0.95 s if each waits its turn.
        await using var harness = await CrawlHarness.StartAsync(settings: await Databases.SettingsAsync(provider, postgres, new() { ["Instagram:Pacing:RequestsPerMinute"] = "30000" }));
        await TrackBrandsAsync(harness.App, 500);
        await harness.Simulator.ResetAsync();

        var watch = Stopwatch.StartNew();
        var run = await RunAsync(harness.App);
        watch.Stop();

        Assert.Equal(new CountsRun(500, 0, 0, null), run);
        var requests = await harness.Simulator.RequestsAsync();
        Assert.Equal(500, requests["profile"]);
        Assert.DoesNotContain(requests.Keys, k => k.Contains("followers") || k.Contains("following"));
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(60));
        var perAccount = await WithDbAsync(harness.App, db => db.CountPoints.Where(p => p.Source == CountSource.Daily)
            .GroupBy(p => p.AccountId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(500, perAccount.Count);
        Assert.All(perAccount, n => Assert.Equal(1, n));
        var brand = await WithDbAsync(harness.App, db => db.Accounts.SingleAsync(a => a.Username == "demo_brand_010"));
        Assert.Equal((true, "Brand number 10", "https://example.com/brands/5000010", TrackingLevel.Counts),
            (brand.IsVerified, brand.Biography, brand.ExternalUrl, brand.TrackingLevel));
        Assert.NotNull(brand.PostCount);

        // Run again the same day: nobody is due, nothing is asked.
        Assert.Equal(new CountsRun(0, 0, 0, null), await RunAsync(harness.App));
        Assert.Equal(500, (await harness.Simulator.RequestsAsync())["profile"]);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_renamed_account_is_found_by_its_id_and_the_rename_is_a_profile_event(DatabaseProvider provider)
    {
        await using var harness = await CrawlHarness.StartAsync(settings: await Databases.SettingsAsync(provider, postgres, new() { ["Counts:SkipWithin"] = "00:00:00" }));
        await TrackBrandsAsync(harness.App, 3);
        Assert.Equal(3, (await RunAsync(harness.App)).Read);
        (await harness.Simulator.Admin.PostAsJsonAsync("/__simulator/rename", new { from = "demo_brand_002", to = "demo_brand_two_now" })).EnsureSuccessStatusCode();

        var run = await RunAsync(harness.App);

        Assert.Equal(new CountsRun(3, 0, 1, null), run);
        var account = await WithDbAsync(harness.App, db => db.Accounts.SingleAsync(a => a.Pk == 5_000_002));
        Assert.Equal("demo_brand_two_now", account.Username);
        var events = await WithDbAsync(harness.App, db => db.ProfileEvents.Where(e => e.AccountId == account.Id).ToListAsync());
        var rename = Assert.Single(events);
        Assert.Equal((ProfileEventKind.Renamed, "demo_brand_002", "demo_brand_two_now"), (rename.Kind, rename.Before, rename.After));
        Assert.Empty(await WithDbAsync(harness.App, db => db.ProfileEvents.Where(e => e.AccountId != account.Id).ToListAsync()));

        var data = await harness.App.GraphQL().DataAsync("""{ account(username: "demo_brand_two_now") { profileEvents { kind before after } } }""");
        Assert.Equal("""[{"kind":"RENAMED","before":"demo_brand_002","after":"demo_brand_two_now"}]""", data["account"]!["profileEvents"]!.ToJsonString());
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task Adding_watches_counts_and_asking_for_a_crawl_chooses_lists()
    {
        await using var harness = await CrawlHarness.StartAsync();
        var client = harness.App.GraphQL();
        var added = await client.DataAsync("""mutation { addAccount(input: { target: "demo_small" }) { account { id trackingLevel } } }""");
        Assert.Equal("COUNTS", added["addAccount"]!["account"]!["trackingLevel"]!.GetValue<string>());

        var (crawl, _) = await harness.WaitAsync(await harness.StartCrawlAsync("demo_small"));
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        var data = await client.DataAsync("""{ account(username: "demo_small") { id trackingLevel followerCount counts { followers following } } }""");
        Assert.Equal("LISTS", data["account"]!["trackingLevel"]!.GetValue<string>());
        // The crawl's profile look-up is a reading of its own.
        Assert.Equal(1_200, data["account"]!["counts"]!.AsArray().Last()!["followers"]!.GetValue<int>());

        var id = data["account"]!["id"]!.GetValue<string>();
        var set = await client.DataAsync("mutation($id: ID!) { setTrackingLevel(input: { accountId: $id, level: COUNTS }) { account { trackingLevel } errors { __typename } } }", new { id });
        Assert.Equal("""{"account":{"trackingLevel":"COUNTS"},"errors":null}""", set["setTrackingLevel"]!.ToJsonString());
        var missing = await client.DataAsync("mutation { setTrackingLevel(input: { accountId: \"QWNjb3VudDo5OTk5\", level: LISTS }) { account { id } errors { __typename ... on Error { message } } } }");
        Assert.Equal("AccountNotFoundError", missing["setTrackingLevel"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Trait("Database", "RunDefault")]
    [Theory]
    [InlineData("Asia/Kolkata", "2026-11-25T19:30:00Z")]
    [InlineData("America/Los_Angeles", "2026-11-26T09:00:00Z")]
    public async Task The_daily_read_is_scheduled_at_its_time_in_the_configured_zone(string zone, string oneAm)
    {
        using var app = AppFactory.With(new() { ["Jobs:TimeZone"] = zone }, clock: new ShiftedClock(Utc(oneAm).AddHours(-3)));
        var jobs = (await app.GraphQL().DataAsync("{ jobs { name schedule timeZone nextRunAt } }"))["jobs"]!.AsArray();
        var counts = jobs.Single(j => j!["name"]!.GetValue<string>() == CountsReader.JobName)!;
        Assert.Equal(("0 0 1 * * ?", zone), (counts["schedule"]!.GetValue<string>(), counts["timeZone"]!.GetValue<string>()));
        Assert.Equal(Utc(oneAm), Utc(counts["nextRunAt"]!.GetValue<string>()));
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task A_read_missed_for_three_days_runs_once_when_the_app_comes_back()
    {
        var folder = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string> { ["Jobs:TimeZone"] = "Europe/Berlin", ["Counts:Window"] = "00:00:00" };
        try
        {
            using (var before = AppFactory.With(settings, folder, new ShiftedClock(Utc("2026-11-20T12:00:00Z")))) before.KeepDataFolder = true;

            // Down over the 01:00s (Berlin) of the 21st, 22nd and 23rd; back at noon UTC on the 23rd.
            var back = Utc("2026-11-23T12:00:00Z");
            using var after = AppFactory.With(settings, folder, new ShiftedClock(back));
            after.KeepDataFolder = true;
            var scheduler = await after.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            ITrigger? trigger;
            do
            {
                await Task.Delay(200);
                trigger = await scheduler.GetTrigger(new TriggerKey(CountsReader.JobName));
            } while (trigger?.PreviousFireTimeUtc is null && DateTime.UtcNow < deadline);

            Assert.InRange(trigger!.PreviousFireTimeUtc!.Value, back, back.AddSeconds(30));
            Assert.Equal(Utc("2026-11-24T00:00:00Z"), trigger.NextFireTimeUtc);
            List<DateTime> runs;
            while ((runs = await WithDbAsync(after, db => db.JobRuns.Where(r => r.Name == CountsReader.JobName).Select(r => r.LastRunAt).ToListAsync())).Count == 0
                && DateTime.UtcNow < deadline)
                await Task.Delay(50);
            await Schedulers.IdleAsync(scheduler);
            trigger = await scheduler.GetTrigger(new TriggerKey(CountsReader.JobName));
            Assert.NotNull(trigger);
            Assert.InRange(Assert.Single(runs), back.UtcDateTime, back.UtcDateTime.AddSeconds(30));
            Assert.InRange(trigger.PreviousFireTimeUtc!.Value, back, back.AddSeconds(30)); // once, not a fire per missed day
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
