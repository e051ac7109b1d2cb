using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;
using InstaIntel.Simulator;
using InstaIntel.Tests.Crawling;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Instagram;

/// <summary>Several connected sessions: who gets a crawl, private targets, removal, and each session's phone across restarts.</summary>
[Trait("Database", "RunDefault")]
public sealed class SessionPoolTests
{
    private static Task<InstagramSession> AddAsync(CrawlHarness h, string sessionId, long userId) =>
        h.App.Services.GetRequiredService<ICredentialStore>().SaveSessionAsync(new InstagramSession(sessionId, "csrf", userId), CancellationToken.None);

    [Fact]
    public async Task Each_crawl_goes_to_the_least_used_working_session()
    {
        await using var h = await CrawlHarness.StartAsync();
        await AddAsync(h, Sessions.Imported, 9_005);
        foreach (var target in new[] { "demo_small", "demo_growth", "demo_small" })
            Assert.Equal("SUCCEEDED", (await h.WaitAsync(await h.StartCrawlAsync(target, following: false))).Crawl["status"]!.GetValue<string>());

        var sessions = (await h.App.GraphQL().DataAsync("{ instagramSessions { userId crawls status } }"))["instagramSessions"]!.AsArray();
        Assert.Equal([2L, 1L], sessions.Select(s => s!["crawls"]!.GetValue<long>()));
        Assert.All(sessions, s => Assert.Equal("HEALTHY", s!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_page_asking_for_new_sessions_several_times_at_once_gets_each_answer()
    {
        await using var h = await CrawlHarness.StartAsync();
        await AddAsync(h, Sessions.Imported, 9_005);
        // The dashboard's banner and Settings ask together on first load: each would add the same new rows.
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            h.App.GraphQL().DataAsync("{ instagramSession { connected } instagramSessions { userId } }")));
        Assert.All(answers, a => Assert.Equal(2, a["instagramSessions"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_private_target_is_crawled_with_a_session_that_follows_it()
    {
        await using var h = await CrawlHarness.StartAsync(session: Sessions.Outsider); // connected first, so asked first
        await AddAsync(h, Sessions.Demo, 9_002);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_private"));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_private", followers: true), await h.EdgesAsync("demo_private", followers: true));
    }

    [Fact]
    public async Task A_broken_session_is_skipped_and_a_removed_one_is_forgotten()
    {
        await using var h = await CrawlHarness.StartAsync(session: Sessions.Expired);
        await AddAsync(h, Sessions.Imported, 9_005);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());

        var sessions = (await h.App.GraphQL().DataAsync("{ instagramSessions { id status problem } instagramSession { status } }"));
        var expired = sessions["instagramSessions"]![0]!;
        Assert.Equal("EXPIRED", expired["status"]!.GetValue<string>());
        Assert.Equal("HEALTHY", sessions["instagramSession"]!["status"]!.GetValue<string>()); // a working one is left: no alarm

        var removed = await h.App.GraphQL().DataAsync("mutation($id: ID!) { removeInstagramSession(input: { id: $id }) { errors { __typename } } }",
            new { id = expired["id"]!.GetValue<string>() });
        Assert.Null(removed["removeInstagramSession"]!["errors"]);
        Assert.Single((await h.App.GraphQL().DataAsync("{ instagramSessions { id } }"))["instagramSessions"]!.AsArray());
        var again = await h.App.GraphQL().DataAsync("mutation { removeInstagramSession(input: { id: \"nope\" }) { errors { __typename ... on Error { message } } } }");
        Assert.Contains("No connected session", again["removeInstagramSession"]!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_session_with_its_own_proxy_always_goes_through_it()
    {
        await using var own = await ForwardProxy.StartAsync();
        await using var pool = await ForwardProxy.StartAsync();
        await using var h = await CrawlHarness.StartAsync(session: "none-yet", settings: new() { ["Instagram:Proxies:0"] = pool.Url });
        await h.App.Services.GetRequiredService<ICredentialStore>().ClearSessionAsync(CancellationToken.None);
        var imported = await h.App.GraphQL().DataAsync("mutation($s: String!, $p: String!) { importSession(input: { sessionId: $s, proxy: $p }) { session { status } } }",
            new { s = Sessions.Imported, p = own.Url });
        Assert.Equal("HEALTHY", imported["importSession"]!["session"]!["status"]!.GetValue<string>());

        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal(1 + 1 + 1200 / 12, own.Forwarded); // the check on import, the profile, the pages
        Assert.Equal(0, pool.Forwarded);
        var shown = (await h.App.GraphQL().DataAsync("{ instagramSessions { proxyHost } }"))["instagramSessions"]![0]!["proxyHost"]!.GetValue<string>();
        Assert.Equal(new Uri(own.Url).Authority, shown);

        var bad = await h.App.GraphQL().DataAsync("mutation { importSession(input: { sessionId: \"9005%3Ak7QmZp2Lw%3A27\", proxy: \"socks nope\" }) { errors { ... on Error { message } } } }");
        Assert.Contains("http://host:port", bad["importSession"]!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_session_keeps_its_phone_across_restarts_and_the_mobile_api_sees_the_same_ids()
    {
        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        await using var simulator = await SimulatorHost.StartAsync();
        await VaultCredentialStore.In(data).SaveSessionAsync(new InstagramSession(Sessions.Demo, "csrf", 9_001, Client: SessionClient.App), CancellationToken.None);
        var settings = AppFactory.Crawling(simulator);

        var seen = new List<Dictionary<string, string>>();
        for (var run = 0; run < 2; run++)
        {
            using var app = AppFactory.With(settings, data);
            app.KeepDataFolder = true;
            var started = await app.GraphQL().DataAsync("""mutation { startCrawl(input: { target: "demo_small", following: false }) { crawl { id } } }""");
            var id = started["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
            for (var i = 0; i < 400 && (await app.GraphQL().DataAsync("query($id: ID!) { crawl(id: $id) { status } }", new { id }))["crawl"]!["status"]!.GetValue<string>() != "SUCCEEDED"; i++)
                await Task.Delay(25);
            seen.Add(await simulator.LastHeadersAsync("mobile"));
        }
        Directory.Delete(data, recursive: true);

        foreach (var header in new[] { "x-ig-device-id", "x-ig-android-id", "x-ig-family-device-id", "x-pigeon-session-id", "x-mid" })
        {
            Assert.False(string.IsNullOrEmpty(seen[0][header]), header);
            Assert.Equal(seen[0][header], seen[1][header]);
        }
    }
}
