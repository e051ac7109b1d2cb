using System.Text.Json.Nodes;
using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using InstaIntel.Tests.Crawling;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Instagram;

/// <summary>Connecting an Instagram account: session import, web login with and without two-factor, log out.</summary>
[Trait("Database", "RunDefault")]
public sealed class SessionTests
{
    private const string Fields = "session { connected userId } twoFactor { identifier username } errors { __typename ... on Error { message } }";

    private static async Task<JsonNode> MutateAsync(CrawlHarness h, string mutation, object variables) =>
        (await h.App.GraphQL().DataAsync(mutation, variables)).AsObject().First().Value!;

    [Theory]
    [InlineData("12345678%3AAbCdEf%3A12%3AAYc", null, 12345678L)]
    [InlineData("sessionid=12345678%3AAbCdEf%3A12%3AAYc; csrftoken=tok; ds_user_id=999", "tok", 999L)]
    public void A_session_pasted_as_a_value_or_cookie_header_is_understood(string pasted, string? csrf, long userId)
    {
        Assert.True(SessionImport.TryParse(pasted, null, null, out var session, out var error), error);
        Assert.Equal("12345678%3AAbCdEf%3A12%3AAYc", session.SessionId);
        Assert.Equal((csrf, (long?)userId), (session.CsrfToken, session.DsUserId));
        Assert.DoesNotContain(session.SessionId, session.ToString());
    }

    [Fact]
    public void A_pasted_cookie_header_is_kept_whole_as_a_browser_session()
    {
        Assert.True(SessionImport.TryParse("mid=ZmFrZQ; ig_did=FAKE-DID; sessionid=12345678%3AAbCdEf%3A12%3AAYc; datr=fakeDatr; csrftoken=tok; ds_user_id=999; wd=1280x720",
            null, null, out var session, out var error), error);
        Assert.Equal(SessionClient.Browser, session.Client);
        Assert.False(session.UsesOtherSurfaces);
        Assert.Equal(
            new Dictionary<string, string> { ["mid"] = "ZmFrZQ", ["ig_did"] = "FAKE-DID", ["datr"] = "fakeDatr", ["wd"] = "1280x720", ["sessionid"] = session.SessionId, ["csrftoken"] = "tok", ["ds_user_id"] = "999" },
            session.Cookies);
    }

    [Theory]
    [InlineData("", "Paste the value")]
    [InlineData("csrftoken=abc", "Paste the value")]
    [InlineData("sessionid=12345678%3AAbCdEf%3A12%3AAYc; mid=a\"b", "not a cookie a browser sends")]
    [InlineData("sessionid=12345678%3AAbCdEf%3A12%3AAYc; bad name=x", "not a cookie a browser sends")]
    [InlineData("not a session; at all", "does not look like")]
    [InlineData("<script>alert(1)</script>xxxxxxxx", "does not look like")]
    public void Anything_else_is_refused_with_what_to_paste(string pasted, string reason)
    {
        Assert.False(SessionImport.TryParse(pasted, null, null, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public async Task Importing_checks_the_session_with_Instagram_stores_it_and_the_api_never_shows_it()
    {
        await using var h = await CrawlHarness.StartAsync(session: "none-yet");
        await h.App.Services.GetRequiredService<ICredentialStore>().ClearSessionAsync(CancellationToken.None);
        const string import = $"mutation($s: String!) {{ importSession(input: {{ sessionId: $s, label: \"laptop\" }}) {{ session {{ connected userId status }} errors {{ __typename ... on Error {{ message }} }} }} }}";
        var payload = await MutateAsync(h, import, new { s = Sessions.Imported });
        Assert.Equal("""{"connected":true,"userId":9005,"status":"HEALTHY"}""", payload["session"]!.ToJsonString());
        Assert.Equal(1, (await h.Simulator.RequestsAsync())["session"]);

        var stored = await h.App.Services.GetRequiredService<ICredentialStore>().GetSessionAsync(CancellationToken.None);
        Assert.Equal(Sessions.Imported, stored!.SessionId);
        var status = await h.App.GraphQL().QueryAsync("{ instagramSession { connected userId } instagramSessions { label username status lastCheckedAt } }");
        Assert.DoesNotContain("k7QmZp2Lw", status.ToJsonString());
        Assert.Contains("\"label\":\"laptop\",\"username\":\"pasted\",\"status\":\"HEALTHY\"", status.ToJsonString());

        // Well-formed, but Instagram does not know it: refused and not kept.
        var expired = await MutateAsync(h, import, new { s = "4242%3Asecretpart%3A1" });
        Assert.Equal("InvalidSessionError", expired["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains("does not accept this session", expired["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Single(await h.App.Services.GetRequiredService<ICredentialStore>().GetSessionsAsync(CancellationToken.None));

        var bad = await MutateAsync(h, $"mutation {{ importSession(input: {{ sessionId: \"nope nope\" }}) {{ {Fields} }} }}", new { });
        Assert.Equal("InvalidSessionError", bad["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Logging_in_with_a_password_stores_a_session_that_crawls()
    {
        await using var h = await CrawlHarness.StartAsync(session: "none-yet");
        var payload = await MutateAsync(h, $"mutation($u: String!, $p: String!) {{ logIn(input: {{ username: $u, password: $p }}) {{ {Fields} }} }}",
            new { u = "demo", p = Sessions.Password });
        Assert.True(payload["session"]!["connected"]!.GetValue<bool>(), payload.ToJsonString());
        Assert.Equal(9001, payload["session"]!["userId"]!.GetValue<long>());

        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_factor_logins_ask_for_the_code_and_accept_only_the_right_one()
    {
        await using var h = await CrawlHarness.StartAsync(session: "none-yet");
        const string logIn = $"mutation {{ logIn(input: {{ username: \"demo_2fa\", password: \"{Sessions.Password}\" }}) {{ {Fields} }} }}";
        const string verify = $"mutation($i: String!, $c: String!) {{ verifyTwoFactor(input: {{ identifier: $i, code: $c }}) {{ {Fields} }} }}";

        var first = await MutateAsync(h, logIn, new { });
        Assert.False(first["session"]!["connected"]!.GetValue<bool>());
        var identifier = first["twoFactor"]!["identifier"]!.GetValue<string>();
        var wrong = await MutateAsync(h, verify, new { i = identifier, c = "000000" });
        Assert.Contains("security code", wrong["errors"]![0]!["message"]!.GetValue<string>());
        var reused = await MutateAsync(h, verify, new { i = identifier, c = Sessions.TwoFactorCode });
        Assert.Contains("log in again", reused["errors"]![0]!["message"]!.GetValue<string>());

        var second = await MutateAsync(h, logIn, new { });
        var done = await MutateAsync(h, verify, new { i = second["twoFactor"]!["identifier"]!.GetValue<string>(), c = Sessions.TwoFactorCode });
        Assert.True(done["session"]!["connected"]!.GetValue<bool>(), done.ToJsonString());
    }

    [Theory]
    [InlineData("demo", "wrong-password", "password is not right")]
    [InlineData("nobody_at_all", "whatever", "no account @nobody_at_all")]
    public async Task A_refused_login_says_why(string username, string password, string reason)
    {
        await using var h = await CrawlHarness.StartAsync();
        var payload = await MutateAsync(h, $"mutation($u: String!, $p: String!) {{ logIn(input: {{ username: $u, password: $p }}) {{ {Fields} }} }}", new { u = username, p = password });
        Assert.Equal("LoginFailedError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains(reason, payload["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Logging_out_forgets_the_session_and_crawls_wait_until_one_is_connected()
    {
        await using var h = await CrawlHarness.StartAsync();
        var status = (await h.App.GraphQL().DataAsync("mutation { logOut { connected } }"))["logOut"]!;
        Assert.False(status["connected"]!.GetValue<bool>());

        var id = await h.StartCrawlAsync("demo_small", following: false);
        var waiting = await h.WaitForStatusAsync(id, "PAUSED_NEEDS_SESSION");
        Assert.Contains("No Instagram session is connected", waiting["error"]!.GetValue<string>());

        var payload = await MutateAsync(h, $"mutation($u: String!, $p: String!) {{ logIn(input: {{ username: $u, password: $p }}) {{ {Fields} }} }}",
            new { u = "demo", p = Sessions.Password });
        Assert.True(payload["session"]!["connected"]!.GetValue<bool>(), payload.ToJsonString());
        var (crawl, _) = await h.WaitAsync(id);
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
    }
}
