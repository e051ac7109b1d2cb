using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Simulator;
using InstaIntel.Tests.Crawling;
using InstaIntel.Tests.Insights;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace InstaIntel.Tests.Refresh;

/// <summary>
/// Head-only refreshes against the simulator: they cost a handful of list requests when nobody left, read to the end
/// when someone did, and always end with exactly the follower set a full crawl of the same state ends with.
/// </summary>
public sealed class HeadOnlyRefreshTests(ITestOutputHelper output, PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly Dictionary<string, string> FullOnly = new() { ["Instagram:Refresh:FullEvery"] = "00:00:00" };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Randomised_histories_end_with_the_same_followers_head_only_as_full(DatabaseProvider provider)
    {
        // One simulator, two apps crawling the same target: one refreshes head-only when it may, on the provider under
        // test; the other always reads whole lists, on SQLite.
        await using var h = await CrawlHarness.StartAsync(settings: await Databases.SettingsAsync(provider, postgres, new() { ["Instagram:Browser:PageSize"] = "40" }));
        using var full = await SecondAppAsync(h, FullOnly);
        var checkedHistories = 0;
        foreach (var seed in new[] { 11, 23, 37 })
        {
            var target = $"equal_{seed}";
            var random = new Random(seed);
            await h.Simulator.AddTargetAsync(target, followers: 400 + random.Next(200), hidden: random.Next(4));
            // Fixed nights every history goes through, then random ones: nothing, joins only, a leave and a join the
            // same night, renames only, a deactivation, a re-follow.
            var nights = new List<Night> { new(), new(Joins: 30), new(Joins: 1, Leaves: 1), new(Renames: 5), new(Deactivations: 1), new(Refollows: 1, Joins: 2) };
            for (var i = 0; i < 6; i++)
                nights.Add(new Night(Joins: random.Next(0, 60), Leaves: random.Next(0, 3) == 0 ? random.Next(1, 6) : 0,
                    Refollows: random.Next(0, 3), Renames: random.Next(0, 5), Deactivations: random.Next(0, 4) == 0 ? 1 : 0));

            var headOnly = 0;
            await CrawlBothAsync(h, full, target);
            foreach (var (night, index) in nights.Select((n, i) => (n, i)))
            {
                var changed = await h.Simulator.NightAsync(target, night with { Seed = seed * 100 + index });
                var method = await CrawlBothAsync(h, full, target);
                var truth = changed.Followers.Order().ToArray();
                Assert.Equal(truth, await EdgesAsync(h.App, target));
                Assert.Equal(truth, await EdgesAsync(full, target));
                var nobodyLeft = changed.Result.Left.Length + changed.Result.Deactivated.Length == 0;
                if (nobodyLeft) Assert.Equal("HEAD_ONLY", method);
                else Assert.Equal("FULL", method);
                headOnly += method == "HEAD_ONLY" ? 1 : 0;
            }
            Assert.True(headOnly >= 3, $"{target}: {headOnly} head-only refreshes");
            checkedHistories++;
        }
        output.WriteLine($"{checkedHistories} randomised histories checked, each against full crawls of the same states");
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task A_refresh_after_new_followers_only_costs_the_pages_holding_them_and_one_page_of_known_ones()
    {
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App);
        await h.Simulator.AddTargetAsync("grow_only", followers: 2_000, hidden: 3);
        await CrawlAsync(h.App, h, "grow_only");
        await h.Simulator.NightAsync("grow_only", new Night(Joins: 120, Seed: 1));

        var before = await ListRequestsAsync(h);
        var crawl = await CrawlAsync(h.App, h, "grow_only");
        Assert.Equal("HEAD_ONLY", crawl["method"]!.GetValue<string>());
        Assert.Equal(2, await ListRequestsAsync(h) - before); // 120 new and 80 known, then 200 known: the floor for pages of 200
        Assert.Equal(2_120, crawl["followersTotal"]!.GetValue<int>());
        Assert.Equal(120, crawl["followersNew"]!.GetValue<int>());
        Assert.Equal(0, crawl["followersLost"]!.GetValue<int>());
        Assert.Equal(Math.Round(2_120 / 2_123.0, 4), Math.Round(crawl["completeness"]!.GetValue<double>(), 4));
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task When_the_counts_say_someone_left_the_list_is_read_to_its_end_and_every_lost_follower_named()
    {
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App);
        await h.Simulator.AddTargetAsync("grow_and_lose", followers: 2_000);
        await CrawlAsync(h.App, h, "grow_and_lose");
        var night = await h.Simulator.NightAsync("grow_and_lose", new Night(Joins: 120, Leaves: 30, Seed: 2));

        var before = await ListRequestsAsync(h);
        var crawl = await CrawlAsync(h.App, h, "grow_and_lose");
        Assert.Equal("FULL", crawl["method"]!.GetValue<string>());
        Assert.Equal(11, await ListRequestsAsync(h) - before); // 2,090 followers in pages of 200
        Assert.Equal(30, crawl["followersLost"]!.GetValue<int>());
        var lost = await Sql.RowsAsync(h.App, "SELECT profile_pk FROM follow_changes WHERE kind = 'Lost'");
        Assert.Equal(night.Result.Left.Order(), lost.Select(r => (long)r[0]!).Order());
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task A_full_crawl_runs_when_the_last_one_is_older_than_the_setting_and_fetching_fresh_still_refreshes_head_only()
    {
        await using var h = await CrawlHarness.StartAsync(settings: new() { ["Instagram:Refresh:FullEvery"] = "00:00:00.001" });
        await h.Simulator.AddTargetAsync("weekly", followers: 300);
        await CrawlAsync(h.App, h, "weekly");
        var before = await ListRequestsAsync(h);
        Assert.Equal("FULL", (await CrawlAsync(h.App, h, "weekly"))["method"]!.GetValue<string>());
        Assert.Equal((300 + 11) / 12, await ListRequestsAsync(h) - before); // the web app's page of 12

        // The nightly refresh fetches fresh (no cached pages): that is exactly what a head-only read is for.
        using var fresh = await SecondAppAsync(h, []);
        await CrawlAsync(fresh, h, "weekly");
        var data = await fresh.GraphQL().DataAsync("""
            mutation { startCrawl(input: { target: "weekly", following: false, forceRefresh: true }) { crawl { id } } }
            """);
        var (forced, _) = await h.WaitAsync(data["startCrawl"]!["crawl"]!["id"]!.GetValue<string>(), app: fresh);
        Assert.Equal("HEAD_ONLY", forced["method"]!.GetValue<string>());
    }

    private static async Task<string> CrawlBothAsync(CrawlHarness h, AppFactory full, string target)
    {
        var method = (await CrawlAsync(h.App, h, target))["method"]!.GetValue<string>();
        Assert.Equal("FULL", (await CrawlAsync(full, h, target))["method"]!.GetValue<string>());
        return method;
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> CrawlAsync(AppFactory app, CrawlHarness h, string target)
    {
        var data = await app.GraphQL().DataAsync("""
            mutation($t: String!) { startCrawl(input: { target: $t, following: false }) { crawl { id } errors { __typename } } }
            """, new { t = target });
        var (crawl, _) = await h.WaitAsync(data["startCrawl"]!["crawl"]!["id"]!.GetValue<string>(), app: app);
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        return crawl;
    }

    private static async Task<long[]> EdgesAsync(AppFactory app, string target) =>
        (await Sql.RowsAsync(app, "SELECT f.profile_pk FROM followers f JOIN accounts a ON a.id = f.target_id WHERE a.username = $u AND f.lost_in_crawl_id IS NULL ORDER BY 1", ("$u", target)))
            .Select(r => (long)r[0]!).ToArray();

    private static async Task<int> ListRequestsAsync(CrawlHarness h) =>
        (await h.Simulator.RequestsAsync()).Where(r => r.Key.EndsWith("/followers")).Sum(r => r.Value);

    private static async Task<AppFactory> SecondAppAsync(CrawlHarness h, Dictionary<string, string> settings)
    {
        var all = AppFactory.Crawling(h.Simulator);
        foreach (var (key, value) in settings) all[key] = value;
        var app = AppFactory.With(all);
        await app.Services.GetRequiredService<ICredentialStore>().SaveSessionAsync(new InstagramSession(Sessions.Demo, "csrf", 9_001), CancellationToken.None);
        return app;
    }
}
