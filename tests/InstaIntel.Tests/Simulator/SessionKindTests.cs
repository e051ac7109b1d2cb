using System.Net;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>A session belongs to the client it was opened in: a browser's session used by the app is logged out.</summary>
public sealed class SessionKindTests
{
    private const string LoggedOutByApp = """{"message":"login_required","logout_reason":2,"status":"fail"}""";

    [Fact]
    public async Task A_browser_session_on_the_app_surface_is_logged_out_and_stays_logged_out_on_the_web()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(Web("/api/v1/users/9005/info/", Sessions.Imported))).Status);

        var app = await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=50", Sessions.Imported, pk: 9_005));
        Assert.Equal(HttpStatusCode.Forbidden, app.Status);
        AssertJson(LoggedOutByApp, app.Body);

        var web = await client.AskAsync(Web("/api/v1/users/9005/info/", Sessions.Imported));
        Assert.Equal(HttpStatusCode.Forbidden, web.Status);
        Assert.Equal("login_required", web.Body!["message"]!.GetValue<string>());
        Assert.Equal(1, (await sim.StatsAsync())["crossSurfaceLogouts"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_browser_session_on_the_app_graphql_is_logged_out_too()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        var answer = await client.AskAsync(AppGraphQLTests.FollowersList(Sessions.Outsider, pk: 9_002, userId: 1001));

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        AssertJson(LoggedOutByApp, answer.Body);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.AskAsync(Web("/api/v1/friendships/1001/followers/?count=12", Sessions.Outsider))).Status);
        Assert.Equal(1, (await sim.StatsAsync())["crossSurfaceLogouts"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_session_from_the_web_login_is_a_browser_session()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        using var home = await client.SendAsync(Web("/", null));
        var csrf = home.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Last(c => c.StartsWith("csrftoken="))["csrftoken=".Length..];

        var login = Web("/api/v1/web/accounts/login/ajax/", null, HttpMethod.Post);
        login.Headers.Add("Cookie", $"csrftoken={csrf}");
        login.Headers.Add("X-CSRFToken", csrf);
        login.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "demo",
            ["enc_password"] = $"#PWD_INSTAGRAM_BROWSER:0:{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}:{Sessions.Password}",
        });
        using var answer = await client.SendAsync(login);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var session = answer.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("sessionid="))["sessionid=".Length..];

        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(Web("/api/v1/friendships/1001/followers/?count=12", session))).Status);
        var app = await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=12", Uri.UnescapeDataString(session)));
        Assert.Equal(HttpStatusCode.Forbidden, app.Status);
        AssertJson(LoggedOutByApp, app.Body);
    }

    [Fact]
    public async Task The_demo_session_is_an_app_session_that_the_web_also_takes()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=200", Sessions.Demo))).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(Web("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo))).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(App("/api/v1/friendships/1001/following/?count=200", Sessions.Demo))).Status);
        Assert.Equal(0, (await sim.StatsAsync())["crossSurfaceLogouts"]!.GetValue<int>());
    }
}
