using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Crawling;

[Trait("Database", "RunDefault")]
public sealed class PayloadCacheTests
{
    // Whole lists every time (no head-only refresh), so a repeated crawl asks for every page the first one did.
    private static readonly Dictionary<string, string> CacheOn = new() { ["Instagram:CacheFor"] = "1.00:00:00", ["Instagram:Refresh:FullEvery"] = "00:00:00" };

    [Fact]
    public async Task A_repeated_crawl_within_the_window_spends_no_instagram_requests_and_stores_the_same_rows()
    {
        await using var h = await CrawlHarness.StartAsync(settings: CacheOn);
        var (first, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small"));
        var afterFirst = Total(await h.Simulator.RequestsAsync());
        var edges = await h.EdgesAsync("demo_small", followers: true);

        var (second, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small"));

        Assert.Equal("SUCCEEDED", first["status"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", second["status"]!.GetValue<string>());
        Assert.True(afterFirst > 10, $"the first crawl made only {afterFirst} requests");
        Assert.Equal(afterFirst, Total(await h.Simulator.RequestsAsync()));
        Assert.Equal(2000, second["followersFetched"]!.GetValue<int>() + second["followingFetched"]!.GetValue<int>());
        Assert.Equal(edges, await h.EdgesAsync("demo_small", followers: true));
    }

    [Fact]
    public async Task Force_refresh_asks_instagram_again_and_sees_what_changed()
    {
        await using var h = await CrawlHarness.StartAsync(settings: CacheOn);
        await h.WaitAsync(await h.StartCrawlAsync("demo_growth", following: false));
        var afterFirst = Total(await h.Simulator.RequestsAsync());
        var before = await h.EdgesAsync("demo_growth", followers: true);

        var data = await h.App.GraphQL().DataAsync("""
            mutation { startCrawl(input: { target: "demo_growth", following: false, forceRefresh: true }) { crawl { id } errors { __typename } } }
            """);
        var (fresh, _) = await h.WaitAsync(data["startCrawl"]!["crawl"]!["id"]!.GetValue<string>());

        Assert.Equal("SUCCEEDED", fresh["status"]!.GetValue<string>());
        Assert.True(Total(await h.Simulator.RequestsAsync()) >= 2 * afterFirst, "a forced crawl must fetch every page again");
        Assert.NotEqual(before, await h.EdgesAsync("demo_growth", followers: true));
    }

    [Fact]
    public async Task What_one_session_fetched_is_never_served_to_another()
    {
        await using var h = await CrawlHarness.StartAsync(settings: CacheOn);
        var (seen, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_private"));
        Assert.Equal("SUCCEEDED", seen["status"]!.GetValue<string>());

        var store = h.App.Services.GetRequiredService<ICredentialStore>();
        await store.ClearSessionAsync(CancellationToken.None);
        await store.SaveSessionAsync(new InstagramSession(Sessions.Outsider, "csrf", 9_002), CancellationToken.None);
        var (refused, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_private"));

        Assert.Equal("FAILED", refused["status"]!.GetValue<string>());
        Assert.Contains("private", refused["error"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task With_redis_a_second_instance_reuses_what_the_first_fetched()
    {
        using var redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>(CacheOn) { ["Redis"] = redis.ConnectionString };
        await using var h = await CrawlHarness.StartAsync(settings: settings);
        await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));
        var afterFirst = Total(await h.Simulator.RequestsAsync());

        var all = AppFactory.Crawling(h.Simulator);
        foreach (var (key, value) in settings) all[key] = value;
        await using var other = AppFactory.With(all);
        await other.Services.GetRequiredService<ICredentialStore>().SaveSessionAsync(new InstagramSession(Sessions.Demo, "csrf", 9_001), CancellationToken.None);
        var data = await other.GraphQL().DataAsync("""mutation { startCrawl(input: { target: "demo_small", following: false }) { crawl { id } } }""");
        var id = data["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
        var status = "";
        for (var i = 0; i < 600 && status is not ("SUCCEEDED" or "FAILED"); i++, await Task.Delay(50))
            status = (await other.GraphQL().DataAsync("query($id: ID!) { crawl(id: $id) { status } }", new { id }))["crawl"]!["status"]!.GetValue<string>();

        Assert.Equal("SUCCEEDED", status);
        Assert.Equal(afterFirst, Total(await h.Simulator.RequestsAsync()));
    }

    /// <summary>Profile and list requests; each instance also checks its session once, which is never cached.</summary>
    private static int Total(Dictionary<string, int> requests) => requests.Where(r => r.Key != "session").Sum(r => r.Value);
}
