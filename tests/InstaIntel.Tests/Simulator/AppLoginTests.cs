using System.Net;
using System.Text.Json.Nodes;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>The Android app's login (`accounts/login/`, `accounts/two_factor_login/`) and the app session it opens.</summary>
public sealed class AppLoginTests
{
    private static HttpRequestMessage Login(string username, string password, string? mid = null)
    {
        var body = new JsonObject
        {
            ["jazoest"] = "22334",
            ["phone_id"] = "11111111-2222-3333-4444-555555555555",
            ["enc_password"] = $"#PWD_INSTAGRAM:0:{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}:{password}",
            ["username"] = username,
            ["adid"] = "66666666-7777-8888-9999-000000000000",
            ["guid"] = "0f0e0d0c-aaaa-bbbb-cccc-123456789abc",
            ["device_id"] = "android-0123456789abcdef",
            ["google_tokens"] = "[]",
            ["login_attempt_count"] = "0",
        };
        return Signed("/api/v1/accounts/login/", body, mid);
    }

    private static HttpRequestMessage Signed(string path, JsonObject body, string? mid = null)
    {
        var request = App(path, session: null, method: HttpMethod.Post);
        if (mid is not null) request.Headers.Add("X-MID", mid);
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["signed_body"] = "SIGNATURE." + body.ToJsonString() });
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));

    [Fact]
    public async Task The_right_password_answers_the_user_and_a_bearer_token_for_a_new_app_session()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        using var response = await client.SendAsync(Login("demo", Sessions.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertJson("""{"logged_in_user":{"pk":9001,"pk_id":"9001","username":"demo","full_name":"Demo Account"},"status":"ok"}""",
            JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        var session = SessionOf(Header(response, "ig-set-authorization"));
        Assert.NotEqual(Sessions.Demo, session);
        Assert.Equal("9001", Header(response, "ig-set-ig-u-ds-user-id"));
        Assert.NotEmpty(Header(response, "ig-set-x-mid"));
        Assert.StartsWith("CLN,9001,", Header(response, "ig-set-ig-u-rur"));

        // An app session: the app's list takes it, and so does the web.
        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=200", session))).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(Web("/api/v1/users/9001/info/", session))).Status);
        Assert.Equal(0, (await sim.StatsAsync())["crossSurfaceLogouts"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_app_keeps_the_machine_id_it_came_with()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        using var response = await client.SendAsync(Login("demo", Sessions.Password, mid: "aMidFromBefore"));

        Assert.Equal("aMidFromBefore", Header(response, "ig-set-x-mid"));
    }

    [Fact]
    public async Task A_two_factor_account_is_asked_for_its_code_and_then_logged_in()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        var first = await client.AskAsync(Login("demo_2fa", Sessions.Password));
        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        AssertJson("""
            {"message":"","two_factor_required":true,"two_factor_info":{"username":"demo_2fa","two_factor_identifier":"2fa-9004","totp_two_factor_on":true,"pk":9004},
             "error_type":"two_factor_required","status":"fail"}
            """, first.Body);

        HttpRequestMessage TwoFactor(string code) => Signed("/api/v1/accounts/two_factor_login/", new JsonObject
        {
            ["verification_code"] = code,
            ["phone_id"] = "11111111-2222-3333-4444-555555555555",
            ["two_factor_identifier"] = "2fa-9004",
            ["username"] = "demo_2fa",
            ["trust_this_device"] = "0",
            ["guid"] = "0f0e0d0c-aaaa-bbbb-cccc-123456789abc",
            ["device_id"] = "android-0123456789abcdef",
            ["verification_method"] = "3",
        });
        var wrong = await client.AskAsync(TwoFactor("000000"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Equal("invalid_verification_code", wrong.Body!["error_type"]!.GetValue<string>());

        using var right = await client.SendAsync(TwoFactor(Sessions.TwoFactorCode));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(9004, JsonNode.Parse(await right.Content.ReadAsStringAsync())!["logged_in_user"]!["pk"]!.GetValue<long>());
        var session = SessionOf(Header(right, "ig-set-authorization"));
        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=12", session, pk: 9_004))).Status);
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_user_and_a_body_without_its_fields_are_refused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        var wrong = await client.AskAsync(Login("demo", "not-the-password"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        AssertJson("""{"message":"The password you entered is incorrect. Please try again.","invalid_credentials":true,"error_type":"bad_password","status":"fail"}""", wrong.Body);

        var unknown = await client.AskAsync(Login("nobody_here", Sessions.Password));
        Assert.Equal("invalid_user", unknown.Body!["error_type"]!.GetValue<string>());

        var bare = await client.AskAsync(Signed("/api/v1/accounts/login/", new JsonObject { ["username"] = "demo", ["enc_password"] = $"#PWD_INSTAGRAM:0:1:{Sessions.Password}" }));
        Assert.Equal(HttpStatusCode.BadRequest, bare.Status);
        AssertJson("""{"message":"Invalid Parameters","status":"fail"}""", bare.Body);
    }
}
