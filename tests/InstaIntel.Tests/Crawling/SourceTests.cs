using System.Net;
using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Crawling;

/// <summary>
/// Which Instagram surface serves a list, in what order, and what each request looks like to Instagram: a browser
/// session reads only the browser's surfaces (REST, then the dead query hashes, never as an empty list), an app
/// session only the app's (v1, then its private GraphQL); crossing is the session's own, explicit choice.
/// </summary>
[Trait("Database", "RunDefault")]
public sealed class SourceTests
{
    [Fact]
    public async Task The_browser_surface_sends_what_the_browser_sends_and_echoes_the_claim()
    {
        await using var h = await CrawlHarness.StartAsync();
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));
        Assert.Equal("WEB_API", crawl["source"]!.GetValue<string>());

        var sent = await h.Simulator.LastHeadersAsync("webapi");
        Assert.Equal("936619743392459", sent["x-ig-app-id"]);
        Assert.Equal("https://www.instagram.com/demo_small/followers/", sent["referer"]);
        Assert.Equal("XMLHttpRequest", sent["x-requested-with"]);
        Assert.Equal(("cors", "same-origin"), (sent["sec-fetch-mode"], sent["sec-fetch-site"]));
        Assert.Contains("Chrome/", sent["user-agent"]);
        Assert.Contains("Google Chrome", sent["sec-ch-ua"]);
        Assert.Matches("^[a-z0-9]{6}:[a-z0-9]{6}:[a-z0-9]{6}$", sent["x-web-session-id"]);
        Assert.Equal("u=1, i", sent["priority"]);
        Assert.StartsWith("count=12&", sent[":query"].TrimStart('?')); // the web app's own page size
        Assert.Equal("hmac.AR3simulatedclaim", sent["x-ig-www-claim"]); // sent back from the answers before it
        Assert.Contains("sessionid=demo-session", sent["cookie"]);
        Assert.Contains("rur=", sent["cookie"]); // a cookie Instagram set on an earlier answer
        Assert.Equal(sent["x-csrftoken"], CookieValue(sent["cookie"], "csrftoken"));
        Assert.False(sent.ContainsKey("authorization"));
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal(1200 / 12, requests["webapi/followers"]);
        Assert.DoesNotContain(requests.Keys, k => k.StartsWith("mobile") || k.StartsWith("appgraphql"));
    }

    private static string? CookieValue(string header, string name) =>
        header.Split("; ").Select(c => c.Split('=', 2)).FirstOrDefault(kv => kv[0] == name)?[1];

    [Fact]
    public async Task Pages_smaller_than_asked_are_followed_to_the_end()
    {
        await using var h = await CrawlHarness.StartAsync(settings: new() { ["Instagram:Browser:PageSize"] = "50" });
        await h.Simulator.InjectAsync(FaultKind.ShortPage, "webapi:", count: 10_000);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
        Assert.Equal(1200 / 25, (await h.Simulator.RequestsAsync())["webapi/followers"]);
    }

    [Fact]
    public async Task An_app_session_gets_the_apps_headers_a_bearer_token_and_never_a_web_cookie()
    {
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));
        Assert.Equal("MOBILE_API", crawl["source"]!.GetValue<string>());

        var sent = await h.Simulator.LastHeadersAsync("mobile");
        Assert.StartsWith("Instagram 448.0.0.0.20 Android (34/14;", sent["user-agent"]);
        Assert.Equal("567067343352427", sent["x-ig-app-id"]);
        Assert.StartsWith("Bearer IGT:2:", sent["authorization"]);
        Assert.False(sent.ContainsKey("cookie"), "a web cookie went to the app's API");
        Assert.False(sent.ContainsKey("x-csrftoken"));
        Assert.Equal(64, sent["x-bloks-version-id"].Length);
        Assert.Matches("^android-[0-9a-f]{16}$", sent["x-ig-android-id"]);
        Assert.True(Guid.TryParse(sent["x-ig-device-id"], out _) && Guid.TryParse(sent["x-ig-family-device-id"], out _));
        Assert.Equal(("9001", "9001"), (sent["ig-u-ds-user-id"], sent["ig-intended-user-id"]));
        Assert.False(string.IsNullOrEmpty(sent["x-mid"])); // echoed from ig-set-x-mid
        Assert.Equal(0, await h.Simulator.MidMismatchesAsync());
        Assert.Contains("FollowListFragment:followers", sent["x-ig-nav-chain"]);
        Assert.Equal(((int)TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow).TotalSeconds).ToString(), sent["x-ig-timezone-offset"]);
        Assert.StartsWith("UFS-", sent["x-pigeon-session-id"]);
        Assert.DoesNotContain("order=", sent[":query"]); // the app sends no sort unless a person picks one
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal(1200 / 200, requests["mobile/followers"]);
        Assert.DoesNotContain(requests.Keys, k => k.StartsWith("webapi") || k == "web");
    }

    [Fact]
    public async Task A_browser_session_whose_surfaces_all_fail_pauses_with_advice_and_never_touches_the_app()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.InjectAsync(FaultKind.NotFound, "webapi:", count: 1000);
        var crawl = await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_small", following: false), "PAUSED_ACTION_BLOCKED");

        var error = crawl["error"]!.GetValue<string>();
        Assert.Contains("count but no profiles", error);
        Assert.Contains("log your browser out", error); // the advice names the risk of crossing
        Assert.InRange(crawl["resumesAt"]!.GetValue<DateTime>().ToUniversalTime(), DateTime.UtcNow.AddHours(5), DateTime.UtcNow.AddHours(7));
        Assert.Empty(await h.EdgesAsync("demo_small", followers: true));
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal((1, 1), (requests["webapi/followers"], requests["web"]));
        Assert.DoesNotContain(requests.Keys, k => k.StartsWith("mobile") || k.StartsWith("appgraphql"));
        Assert.Equal(0, await h.Simulator.CrossSurfaceLogoutsAsync());
    }

    [Fact]
    public async Task Where_the_query_hashes_still_list_they_finish_a_browser_sessions_crawl()
    {
        await using var h = await CrawlHarness.StartAsync(simulator: o => o.LegacyHashesServeLists = true);
        await h.Simulator.InjectAsync(FaultKind.NotFound, "webapi:", count: 1000);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal("WEB_GRAPHQL", crawl["source"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
    }

    [Fact]
    public async Task A_session_that_allows_it_crosses_to_the_other_clients_surfaces_after_its_own()
    {
        // demo-session is an app session to the simulator: Instagram lets the app's session read the web; the reverse logs browsers out.
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App, usesOtherSurfaces: true);
        await h.Simulator.InjectAsync(FaultKind.NotFound, "mobile:/api/v1/friendships", count: 1000);
        await h.Simulator.InjectAsync(FaultKind.NotFound, "mobile:/graphql", count: 1000);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal("WEB_API", crawl["source"]!.GetValue<string>());
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal((1, 1, 1200 / 12), (requests["mobile/followers"], requests["appgraphql/followers"], requests["webapi/followers"]));
    }

    [Fact]
    public async Task The_source_order_is_a_setting()
    {
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App,
            settings: new() { ["Instagram:Sources:0"] = "MobileGraphql", ["Instagram:Sources:1"] = "MobileApi" });
        await h.Simulator.InjectAsync(FaultKind.NotFound, "mobile:/graphql", count: 1000);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("MOBILE_API", crawl["source"]!.GetValue<string>());
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal((1, 1200 / 200), (requests["appgraphql/followers"], requests["mobile/followers"]));
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
