using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Crawling;

/// <summary>Crawls over real HTTP against the simulator: both sources, faults, limits, sessions and cancellation.</summary>
public sealed class CrawlTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_crawl_of_both_lists_stores_exactly_what_Instagram_lists(DatabaseProvider provider)
    {
        await using var h = await CrawlHarness.StartAsync(settings: await Databases.SettingsAsync(provider, postgres));
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("@demo_small"));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal("WEB_API", crawl["source"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
        Assert.Equal(h.Expected("demo_small", followers: false), await h.EdgesAsync("demo_small", followers: false));
        Assert.Equal((1200, 800), (crawl["followersTotal"]!.GetValue<int>(), crawl["followingTotal"]!.GetValue<int>()));
        Assert.Equal(100.0, crawl["progress"]!["percent"]!.GetValue<double>());

        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal((1200 / 12, (800 + 11) / 12), (requests["webapi/followers"], requests["webapi/following"])); // the web app's page of 12
        Assert.Equal(1, requests["profile"]);
        Assert.False(requests.ContainsKey("web"), "the dead query hashes were asked");
        Assert.False(requests.ContainsKey("mobile/followers"), "a browser session was sent to the app's API");

        var mutuals = await h.App.GraphQL().DataAsync("""{ account(username: "demo_small") { mutuals { totalCount } followerCount isPrivate } }""");
        Assert.Equal(300, mutuals["account"]!["mutuals"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1200, mutuals["account"]!["followerCount"]!.GetValue<int>());
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task When_the_apps_v1_breaks_its_graphql_takes_over_for_both_lists()
    {
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App);
        await h.Simulator.InjectAsync(FaultKind.NotFound, "mobile:/api/v1/friendships", count: 1000);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small"));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal("MOBILE_GRAPHQL", crawl["source"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
        Assert.Equal(h.Expected("demo_small", followers: false), await h.EdgesAsync("demo_small", followers: false));
        var requests = await h.Simulator.RequestsAsync();
        var page = new SimulatorOptions().AppGraphQLPageSize; // Instagram picks the size; the app asks none
        Assert.Equal((1, 1200 / page, 800 / page), (requests["mobile/followers"], requests["appgraphql/followers"], requests["appgraphql/following"]));
        Assert.False(requests.ContainsKey("mobile/following"), "the following list went back to the source that had just broken");
        Assert.DoesNotContain(requests.Keys, k => k.StartsWith("webapi") || k == "web");
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task Server_errors_and_cut_off_json_are_retried_without_losing_a_row()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.InjectAsync(FaultKind.ServerError, "webapi:", count: 2);
        await h.Simulator.InjectAsync(FaultKind.TruncatedJson, "webapi:", count: 1);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal("WEB_API", crawl["source"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task A_rate_limit_pauses_the_crawl_visibly_and_it_continues_by_itself()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.InjectAsync(FaultKind.RateLimited, "webapi:", count: 1);
        var id = await h.StartCrawlAsync("demo_small", following: false);

        var paused = await WaitForStatusAsync(h, id, "PAUSED_RATE_LIMITED");
        Assert.NotNull(paused["resumesAt"]);
        var (crawl, _) = await h.WaitAsync(id);
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Null(crawl["resumesAt"]);
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task The_pacer_keeps_a_crawl_inside_the_rate_window()
    {
        await using var h = await CrawlHarness.StartAsync(
            simulator: o => { o.RateLimit = 12; o.RateWindow = TimeSpan.FromSeconds(2); },
            settings: new() { ["Instagram:Pacing:RequestsPerMinute"] = "150", ["Instagram:Browser:PageSize"] = "50" });
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false), TimeSpan.FromSeconds(90));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal(0, await h.Simulator.LimitedAsync());
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task An_expired_session_pauses_the_crawl_with_what_to_do()
    {
        await using var h = await CrawlHarness.StartAsync(session: Sessions.Expired);
        var crawl = await WaitForStatusAsync(h, await h.StartCrawlAsync("demo_small"), "PAUSED_NEEDS_SESSION");

        Assert.Contains("session has expired", crawl["error"]!.GetValue<string>());
        Assert.Contains("import the new sessionid", crawl["error"]!.GetValue<string>());
        var session = (await h.App.GraphQL().DataAsync("{ instagramSession { connected status problem } }"))["instagramSession"]!;
        Assert.Equal("EXPIRED", session["status"]!.GetValue<string>());
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task A_checkpoint_pauses_the_crawl_and_names_the_page_to_open()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.InjectAsync(FaultKind.Checkpoint, "webapi:", count: 10);
        var crawl = await WaitForStatusAsync(h, await h.StartCrawlAsync("demo_small"), "PAUSED_NEEDS_SESSION");

        Assert.Contains("https://www.instagram.com/challenge/", crawl["error"]!.GetValue<string>());
        Assert.Empty(await h.EdgesAsync("demo_small", followers: true));
        Assert.Equal(1, (await h.Simulator.RequestsAsync())["webapi/followers"]);
    }

    [Trait("Database", "RunDefault")]
    [Theory]
    [InlineData(Sessions.Demo, "SUCCEEDED")]
    [InlineData(Sessions.Outsider, "FAILED")]
    public async Task Private_lists_are_visible_only_to_a_session_that_follows_the_account(string session, string outcome)
    {
        await using var h = await CrawlHarness.StartAsync(session: session);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_private"));

        Assert.Equal(outcome, crawl["status"]!.GetValue<string>());
        if (outcome == "FAILED") Assert.Contains("is private", crawl["error"]!.GetValue<string>());
        else Assert.Equal(h.Expected("demo_private", followers: true), await h.EdgesAsync("demo_private", followers: true));
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task An_unknown_account_fails_with_a_clear_message()
    {
        await using var h = await CrawlHarness.StartAsync();
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("nobody_here_42"));
        Assert.Equal("FAILED", crawl["status"]!.GetValue<string>());
        Assert.Contains("no account @nobody_here_42", crawl["error"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Cancelling_stops_within_a_page_and_keeps_nothing(DatabaseProvider provider)
    {
        await using var h = await CrawlHarness.StartAsync(settings: await Databases.SettingsAsync(provider, postgres));
        await h.Simulator.InjectAsync(FaultKind.Slow, "webapi:", count: 1000, delayMs: 40);
        var id = await h.StartCrawlAsync("demo_large", following: false);
        await WaitForStatusAsync(h, id, "RUNNING");

        var data = await h.App.GraphQL().DataAsync("mutation($id: ID!) { cancelCrawl(input: { crawlId: $id }) { crawl { status } errors { __typename } } }", new { id });
        Assert.Equal("CANCELLED", data["cancelCrawl"]!["crawl"]!["status"]!.GetValue<string>());
        Assert.Empty(await h.EdgesAsync("demo_large", followers: true));

        var again = await h.App.GraphQL().DataAsync("mutation($id: ID!) { cancelCrawl(input: { crawlId: $id }) { errors { __typename } } }", new { id });
        Assert.Equal("CrawlNotCancellableError", again["cancelCrawl"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task A_second_crawl_of_the_same_account_waits_its_turn()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.InjectAsync(FaultKind.Slow, "webapi:", count: 5, delayMs: 200);
        await h.StartCrawlAsync("demo_small", following: false);
        var data = await h.App.GraphQL().DataAsync("""mutation { startCrawl(input: { target: "demo_small" }) { crawl { id } errors { __typename } } }""");
        Assert.Equal("CrawlAlreadyRunningError", data["startCrawl"]!["errors"]![0]!["__typename"]!.GetValue<string>());

        var none = await h.App.GraphQL().DataAsync("""mutation { startCrawl(input: { target: "demo_small", followers: false, following: false }) { errors { __typename } } }""");
        Assert.Equal("NoListChosenError", none["startCrawl"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    private static Task<System.Text.Json.Nodes.JsonNode> WaitForStatusAsync(CrawlHarness h, string id, string status) => h.WaitForStatusAsync(id, status);
}

public sealed class ProxyTests
{
    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task A_rate_limited_session_pauses_and_keeps_its_proxy()
    {
        await using var first = await Support.ForwardProxy.StartAsync();
        await using var second = await Support.ForwardProxy.StartAsync();
        await using var h = await CrawlHarness.StartAsync(settings: new()
        {
            ["Instagram:Proxies:0"] = first.Url,
            ["Instagram:Proxies:1"] = second.Url,
        });
        await h.Simulator.InjectAsync(FaultKind.RateLimited, "webapi:", count: 1);
        var (crawl, seen) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Contains("PAUSED_RATE_LIMITED", seen);
        // The session check, the profile lookup, the page that was limited and all the pages: one proxy, never the other.
        Assert.Equal((0, 3 + 1200 / 12), (Math.Min(first.Forwarded, second.Forwarded), Math.Max(first.Forwarded, second.Forwarded)));
    }

    [Trait("Database", "RunDefault")]
    [Fact]
    public async Task A_crawl_past_the_daily_cap_pauses_rate_limited_until_its_first_request_is_a_day_old()
    {
        await using var h = await CrawlHarness.StartAsync(settings: new() { ["Instagram:Pacing:DailyCap"] = "5" });
        var paused = await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_small", following: false), "PAUSED_RATE_LIMITED");

        var resumesAt = paused["resumesAt"]!.GetValue<DateTime>().ToUniversalTime();
        Assert.InRange(resumesAt, DateTime.UtcNow + TimeSpan.FromHours(23.9), DateTime.UtcNow + TimeSpan.FromHours(24));
        Assert.Equal(3, (await h.Simulator.RequestsAsync())["webapi/followers"]); // the session check and the profile took the other two
    }
}

public sealed class ProxyShareTests
{
    [Fact]
    public void Each_session_always_gets_the_same_proxy_in_every_process_and_sessions_spread_over_them()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new InstagramOptions { Proxies = ["http://10.0.0.1:8080", "http://10.0.0.2:8080", "http://10.0.0.3:8080"] });
        var one = new SessionProxies(options);
        var other = new SessionProxies(options);
        var keys = Enumerable.Range(0, 30).Select(i => $"SESSION{i:D2}").ToList();

        Assert.All(keys, k => Assert.Equal(one.ProxyOf(k), other.ProxyOf(k)));
        Assert.Equal(3, keys.Select(one.ProxyOf).Distinct().Count());
    }
}

public sealed class CrawlConcurrencyTests
{
    [Trait("Database", "RunDefault")]
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Crawls_share_a_session_only_as_far_as_the_setting_allows(int perSession)
    {
        await using var h = await CrawlHarness.StartAsync(settings: new() { ["Instagram:CrawlsPerSession"] = perSession.ToString() });
        await h.Simulator.InjectAsync(FaultKind.Slow, "webapi:", count: 40, delayMs: 60);
        var ids = new[] { await h.StartCrawlAsync("demo_small"), await h.StartCrawlAsync("demo_growth") };
        foreach (var id in ids) await h.WaitAsync(id);

        // Compared from the crawls' own start and end times: two status polls are two reads, and a crawl can end and
        // the next start between them.
        var spans = await Task.WhenAll(ids.Select(async id =>
        {
            var crawl = (await h.App.GraphQL().DataAsync("query($id: ID!) { crawl(id: $id) { startedAt finishedAt } }", new { id }))["crawl"]!;
            return (Started: crawl["startedAt"]!.GetValue<DateTime>(), Finished: crawl["finishedAt"]!.GetValue<DateTime>());
        }));
        var ranTogether = spans.Max(s => s.Started) < spans.Min(s => s.Finished);
        Assert.Equal(perSession > 1, ranTogether);
        foreach (var id in ids) Assert.Equal("SUCCEEDED", (await h.CrawlAsync(id))["status"]!.GetValue<string>());
    }
}
