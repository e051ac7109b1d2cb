using System.Net;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Crawling;

/// <summary>
/// Which Instagram surface serves a list, in what order, and what each request looks like to Instagram: the
/// browser's REST surface first, the Android app's API next, the dead query hashes last and never as an empty list.
/// </summary>
public sealed class SourceTests
{
    [Fact]
    public async Task The_browser_surface_sends_what_the_browser_sends_and_echoes_the_claim()
    {
        await using var h = await CrawlHarness.StartAsync();
        var (scrape, _) = await h.WaitAsync(await h.StartScrapeAsync("demo_small", following: false));
        Assert.Equal("WEB_API", scrape["source"]!.GetValue<string>());

        var sent = await h.Simulator.LastHeadersAsync("webapi");
        Assert.Equal("936619743392459", sent["x-ig-app-id"]);
        Assert.Equal("csrf", sent["x-csrftoken"]);
        Assert.Equal("https://www.instagram.com/demo_small/followers/", sent["referer"]);
        Assert.Equal("XMLHttpRequest", sent["x-requested-with"]);
        Assert.Equal(("cors", "same-origin"), (sent["sec-fetch-mode"], sent["sec-fetch-site"]));
        Assert.Contains("Chrome/", sent["user-agent"]);
        Assert.Contains("Google Chrome", sent["sec-ch-ua"]);
        Assert.False(string.IsNullOrEmpty(sent["x-asbd-id"]));
        Assert.Equal("hmac.AR3simulatedclaim", sent["x-ig-www-claim"]); // sent back from the answers before it
        Assert.Contains("sessionid=demo-session", sent["cookie"]);
        Assert.False(sent.ContainsKey("authorization"));
    }

    [Fact]
    public async Task Pages_smaller_than_asked_are_followed_to_the_end()
    {
        await using var h = await CrawlHarness.StartAsync(simulator: o => o.MaxWebApiPage = 20);
        var (scrape, _) = await h.WaitAsync(await h.StartScrapeAsync("demo_small", following: false));

        Assert.Equal("SUCCEEDED", scrape["status"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
        Assert.Equal(1200 / 20, (await h.Simulator.RequestsAsync())["webapi/followers"]);
    }

    [Fact]
    public async Task The_mobile_api_gets_the_apps_headers_a_bearer_token_and_never_the_web_cookie()
    {
        await using var h = await CrawlHarness.StartAsync(settings: new() { ["Instagram:Sources:0"] = "MobileApi" });
        var (scrape, _) = await h.WaitAsync(await h.StartScrapeAsync("demo_small", following: false));
        Assert.Equal("MOBILE_API", scrape["source"]!.GetValue<string>());

        var sent = await h.Simulator.LastHeadersAsync("mobile");
        Assert.StartsWith("Instagram 428.0.0.47.67 Android (34/14;", sent["user-agent"]);
        Assert.Equal("567067343352427", sent["x-ig-app-id"]);
        Assert.StartsWith("Bearer IGT:2:", sent["authorization"]);
        Assert.False(sent.ContainsKey("cookie"), "the web cookie went to the mobile API");
        Assert.False(sent.ContainsKey("x-csrftoken"));
        Assert.Equal(64, sent["x-bloks-version-id"].Length);
        Assert.Matches("^android-[0-9a-f]{16}$", sent["x-ig-android-id"]);
        Assert.True(Guid.TryParse(sent["x-ig-device-id"], out _) && Guid.TryParse(sent["x-ig-family-device-id"], out _));
        Assert.Equal(("9001", "9001"), (sent["ig-u-ds-user-id"], sent["ig-intended-user-id"]));
        Assert.Equal("aSimMidAAAAAAAAAAAAAAAAAAAA", sent["x-mid"]); // echoed from ig-set-x-mid
        Assert.StartsWith("UFS-", sent["x-pigeon-session-id"]);
        Assert.Contains("&order=date_followed_latest", sent[":query"]); // newest first, asked for
    }

    [Fact]
    public async Task The_dead_query_hashes_are_a_last_resort_and_count_without_profiles_is_never_an_empty_list()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.InjectAsync(FaultKind.NotFound, "webapi:", count: 1000);
        await h.Simulator.InjectAsync(FaultKind.NotFound, "mobile:", count: 1000);
        var (scrape, _) = await h.WaitAsync(await h.StartScrapeAsync("demo_small", following: false));

        Assert.Equal("FAILED", scrape["status"]!.GetValue<string>());
        Assert.Contains("count but no profiles", scrape["error"]!.GetValue<string>());
        Assert.Empty(await h.EdgesAsync("demo_small", followers: true));
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal((1, 1, 1), (requests["webapi/followers"], requests["mobile/followers"], requests["web"]));
    }

    [Fact]
    public async Task Where_the_query_hashes_still_list_they_finish_the_crawl()
    {
        await using var h = await CrawlHarness.StartAsync(simulator: o => o.LegacyHashesServeLists = true);
        await h.Simulator.InjectAsync(FaultKind.NotFound, "webapi:", count: 1000);
        await h.Simulator.InjectAsync(FaultKind.NotFound, "mobile:", count: 1000);
        var (scrape, _) = await h.WaitAsync(await h.StartScrapeAsync("demo_small", following: false));

        Assert.Equal("SUCCEEDED", scrape["status"]!.GetValue<string>());
        Assert.Equal("WEB_GRAPHQL", scrape["source"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
    }

    [Fact]
    public async Task The_source_order_is_a_setting()
    {
        await using var h = await CrawlHarness.StartAsync(settings: new() { ["Instagram:Sources:0"] = "MobileApi", ["Instagram:Sources:1"] = "WebApi" });
        await h.Simulator.InjectAsync(FaultKind.NotFound, "mobile:", count: 1000);
        var (scrape, _) = await h.WaitAsync(await h.StartScrapeAsync("demo_small", following: false));

        Assert.Equal("WEB_API", scrape["source"]!.GetValue<string>());
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal((1, 1200 / 50), (requests["mobile/followers"], requests["webapi/followers"]));
    }

    [Theory]
    [InlineData("/api/v1/friendships/1001/followers/?count=50", null, null)]
    [InlineData("/api/v1/friendships/1001/followers/?count=50", "Instagram 428.0.0.47.67 Android (34/14; 480dpi)", "936619743392459")]
    [InlineData("/api/v1/friendships/1001/followers/?count=50", "Mozilla/5.0 (Windows NT 10.0)", "567067343352427")]
    [InlineData("/api/v1/users/web_profile_info/?username=demo_small", "Mozilla/5.0 (Windows NT 10.0)", null)]
    public async Task The_simulator_refuses_requests_that_do_not_look_like_the_client_they_claim(string path, string? agent, string? appId)
    {
        await using var simulator = await SimulatorHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"sessionid={Sessions.Demo}");
        if (agent is not null) request.Headers.TryAddWithoutValidation("User-Agent", agent);
        if (appId is not null) request.Headers.Add("X-IG-App-ID", appId);
        using var response = await simulator.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("useragent mismatch", await response.Content.ReadAsStringAsync());
    }
}
