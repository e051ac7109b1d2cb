using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Crawling;

/// <summary>
/// A session stays the client it came from: every stop signal rests it on every surface, a retired app version is
/// its own state, an app login makes an app session, and what Instagram renews (cookies, echoes) survives a restart.
/// </summary>
[Trait("Database", "RunDefault")]
public sealed class ClientKindTests
{
    private const string SessionQuery = "{ instagramSession { status problem blockedUntil } }";

    [Theory]
    [InlineData(FaultKind.RateLimitError, "rate_limit_error", 1)]
    [InlineData(FaultKind.SentryBlock, "sentry_block", 24)]
    [InlineData(FaultKind.UseragentMismatch, "useragent mismatch", 1)]
    [InlineData(FaultKind.StatusFail, "status 200", 1)]
    public async Task Each_stop_signal_rests_the_session_on_every_surface(FaultKind fault, string named, int hours)
    {
        // Even a session allowed to cross is not sent to the other surfaces: the signal is about the account.
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App, usesOtherSurfaces: true);
        await h.Simulator.InjectAsync(fault, "mobile:/api/v1/friendships", count: 1);
        var crawl = await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_small"), "PAUSED_ACTION_BLOCKED");

        Assert.Contains(named, crawl["error"]!.GetValue<string>());
        var resumesAt = crawl["resumesAt"]!.GetValue<DateTime>().ToUniversalTime();
        Assert.InRange(resumesAt, DateTime.UtcNow.AddHours(hours).AddMinutes(-5), DateTime.UtcNow.AddHours(hours).AddMinutes(5));
        var session = (await h.App.GraphQL().DataAsync(SessionQuery))["instagramSession"]!;
        Assert.Equal("ACTION_BLOCKED", session["status"]!.GetValue<string>());
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal(1, requests["mobile/followers"]);
        Assert.DoesNotContain(requests.Keys, k => k.StartsWith("appgraphql") || k.StartsWith("webapi") || k == "web");
    }

    [Fact]
    public async Task A_bare_not_found_is_a_masked_challenge_and_stops_the_session()
    {
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App, usesOtherSurfaces: true);
        await h.Simulator.InjectAsync(FaultKind.BareNotFound, "mobile:/api/v1/friendships", count: 1);
        var crawl = await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_small"), "PAUSED_NEEDS_SESSION");

        Assert.Contains("checkpoint", crawl["error"]!.GetValue<string>());
        var requests = await h.Simulator.RequestsAsync();
        Assert.DoesNotContain(requests.Keys, k => k.StartsWith("appgraphql") || k.StartsWith("webapi") || k == "web");
        Assert.Equal("CHECKPOINT", (await h.App.GraphQL().DataAsync(SessionQuery))["instagramSession"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retired_app_version_is_its_own_state_with_the_setting_to_change()
    {
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App,
            settings: new() { ["Instagram:Android:AppVersion"] = "269.0.0.18.75", ["Instagram:Android:VersionCode"] = "314665256" });
        var crawl = await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_small"), "PAUSED_NEEDS_SESSION");

        var error = crawl["error"]!.GetValue<string>();
        Assert.Contains("269.0.0.18.75", error);
        Assert.Contains("Instagram:Android:AppVersion", error);
        var sessions = (await h.App.GraphQL().DataAsync("{ instagramSessions { status problem } }"))["instagramSessions"]!.AsArray();
        Assert.Equal("APP_OUTDATED", sessions.Single()!["status"]!.GetValue<string>());
        Assert.DoesNotContain((await h.Simulator.RequestsAsync()).Keys, k => k.StartsWith("webapi") || k == "web");
    }

    [Fact]
    public async Task When_the_app_version_is_refused_mid_crawl_a_session_allowed_to_cross_goes_on_in_the_browser()
    {
        await using var h = await CrawlHarness.StartAsync(client: SessionClient.App, usesOtherSurfaces: true);
        await h.Simulator.InjectAsync(FaultKind.UnsupportedVersion, "mobile:/api/v1/friendships", count: 1);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal("WEB_API", crawl["source"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
        Assert.DoesNotContain((await h.Simulator.RequestsAsync()).Keys, k => k.StartsWith("appgraphql"));
    }

    [Fact]
    public async Task Logging_in_as_the_app_makes_an_app_session_that_reads_only_the_apps_surfaces()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        using var app = AppFactory.With(AppFactory.Crawling(simulator));
        var login = (await app.GraphQL().DataAsync("""
            mutation { logIn(input: { username: "demo", password: "demo-password", client: APP }) {
              session { connected userId status } errors { __typename ... on Error { message } } } }
            """))["logIn"]!;
        Assert.True(login["errors"] is null, login["errors"]?.ToJsonString());
        Assert.Equal(9001, login["session"]!["userId"]!.GetValue<long>());

        var sessions = (await app.GraphQL().DataAsync("{ instagramSessions { client usesOtherSurfaces } }"))["instagramSessions"]!.AsArray();
        Assert.Equal(("APP", false), (sessions.Single()!["client"]!.GetValue<string>(), sessions.Single()!["usesOtherSurfaces"]!.GetValue<bool>()));
        var id = await StartCrawlAsync(app, "demo_small");
        await WaitSucceededAsync(app, id);
        var requests = await simulator.RequestsAsync();
        Assert.Equal(1200 / 200, requests["mobile/followers"]);
        Assert.DoesNotContain(requests.Keys, k => k.StartsWith("webapi") || k == "web");
        Assert.Equal(0, await simulator.CrossSurfaceLogoutsAsync());
    }

    [Fact]
    public async Task An_app_login_asks_for_the_code_and_finishes_on_the_same_phone()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        using var app = AppFactory.With(AppFactory.Crawling(simulator));
        var login = (await app.GraphQL().DataAsync("""
            mutation { logIn(input: { username: "demo_2fa", password: "demo-password", client: APP }) { twoFactor { identifier } } }
            """))["logIn"]!;
        var identifier = login["twoFactor"]!["identifier"]!.GetValue<string>();
        var verified = (await app.GraphQL().DataAsync("""
            mutation($i: String!) { verifyTwoFactor(input: { identifier: $i, code: "123456" }) { session { userId } errors { __typename } } }
            """, new { i = identifier }))["verifyTwoFactor"]!;

        Assert.Equal(9004, verified["session"]!["userId"]!.GetValue<long>());
        var kept = (await app.Services.GetRequiredService<ICredentialStore>().GetSessionsAsync(CancellationToken.None)).Single();
        Assert.Equal(SessionClient.App, kept.Client);
        Assert.StartsWith("Bearer IGT:2:", kept.Echoes!["ig-set-authorization"]);
    }

    [Fact]
    public async Task A_wrong_password_on_the_app_login_says_so()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        using var app = AppFactory.With(AppFactory.Crawling(simulator));
        var login = (await app.GraphQL().DataAsync("""
            mutation { logIn(input: { username: "demo", password: "nope", client: APP }) { session { connected } errors { __typename ... on Error { message } } } }
            """))["logIn"]!;
        Assert.Equal("LoginFailedError", login["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains("password is not right", login["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Crossing_surfaces_is_a_setting_of_one_session()
    {
        await using var h = await CrawlHarness.StartAsync();
        var id = (await h.App.GraphQL().DataAsync("{ instagramSessions { id } }"))["instagramSessions"]![0]!["id"]!.GetValue<string>();
        var set = (await h.App.GraphQL().DataAsync("""
            mutation($id: ID!) { setSessionSurfaces(input: { id: $id, usesOtherSurfaces: true }) { errors { __typename } } }
            """, new { id }))["setSessionSurfaces"]!;
        Assert.True(set["errors"] is null);
        var kept = (await h.App.Services.GetRequiredService<ICredentialStore>().GetSessionsAsync(CancellationToken.None)).Single();
        Assert.True(kept.UsesOtherSurfaces);

        var unknown = (await h.App.GraphQL().DataAsync("""
            mutation { setSessionSurfaces(input: { id: "nope", usesOtherSurfaces: true }) { errors { __typename ... on Error { message } } } }
            """))["setSessionSurfaces"]!;
        Assert.Contains("No connected session", unknown["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_restart_sends_the_cookies_and_echoes_instagram_renewed_before_it()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var settings = AppFactory.Crawling(simulator);
        string folder;
        using (var before = AppFactory.With(settings))
        {
            before.KeepDataFolder = true;
            folder = before.DataFolder;
            await ImportAsync(before, $"sessionid={Sessions.Imported}; csrftoken=pastedcsrf; mid=pastedMid; ig_did=PASTED-DID; datr=pastedDatr");
            await WaitSucceededAsync(before, await StartCrawlAsync(before, "demo_small"));
        }
        var renewed = (await LogAsync(simulator, Sessions.Imported)).Last();
        var rurBefore = CookieOf(renewed, "rur");
        Assert.Equal(("pastedMid", "PASTED-DID", "pastedDatr"), (CookieOf(renewed, "mid"), CookieOf(renewed, "ig_did"), CookieOf(renewed, "datr")));

        using var after = AppFactory.With(settings, folder);
        var sentBefore = (await LogAsync(simulator, Sessions.Imported)).Count;
        await WaitSucceededAsync(after, await StartCrawlAsync(after, "demo_growth"));
        var first = (await LogAsync(simulator, Sessions.Imported))[sentBefore];

        Assert.Equal("hmac.AR3simulatedclaim", first["x-ig-www-claim"]);
        Assert.NotNull(rurBefore);
        Assert.NotNull(CookieOf(first, "rur")); // the rur Instagram set last time, not dropped by the restart
        Assert.Equal("pastedMid", CookieOf(first, "mid"));
        Assert.Equal(0, await simulator.DetectorFiredAsync());
    }

    private static async Task ImportAsync(AppFactory app, string cookie)
    {
        var data = await app.GraphQL().DataAsync("""
            mutation($c: String!) { importSession(input: { sessionId: $c }) { session { status } errors { __typename ... on Error { message } } } }
            """, new { c = cookie });
        Assert.True(data["importSession"]!["errors"] is null, data["importSession"]!["errors"]?.ToJsonString());
    }

    private static string? CookieOf(Dictionary<string, string> headers, string name) =>
        headers.GetValueOrDefault("cookie")?.Split("; ").Select(c => c.Split('=', 2)).FirstOrDefault(kv => kv[0] == name)?[1];

    private static async Task<List<Dictionary<string, string>>> LogAsync(SimulatorHost simulator, string session)
    {
        var log = await simulator.Admin.GetFromJsonAsync<JsonObject>($"/__simulator/sessions/{Uri.EscapeDataString(session)}/requests");
        return log!["requests"]!.AsArray().Select(r => r!["headers"]!.AsObject().ToDictionary(h => h.Key, h => h.Value!.GetValue<string>())).ToList();
    }

    private static async Task<string> StartCrawlAsync(AppFactory app, string target)
    {
        var data = await app.GraphQL().DataAsync("""
            mutation($t: String!) { startCrawl(input: { target: $t, followers: true, following: false }) { crawl { id } errors { __typename ... on Error { message } } } }
            """, new { t = target });
        Assert.True(data["startCrawl"]!["errors"] is null, data["startCrawl"]!["errors"]?.ToJsonString());
        return data["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
    }

    private static async Task WaitSucceededAsync(AppFactory app, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var crawl = (await app.GraphQL().DataAsync("query($id: ID!) { crawl(id: $id) { status error } }", new { id }))["crawl"]!;
            var status = crawl["status"]!.GetValue<string>();
            if (status == "SUCCEEDED") return;
            Assert.True(status is "QUEUED" or "RUNNING" && DateTime.UtcNow < deadline, crawl.ToJsonString());
            await Task.Delay(25);
        }
    }
}
