using System.Net;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>An app version Instagram retired is sent to `/web/unsupported_version/` (instagrapi #2369).</summary>
public sealed class AppVersionTests
{
    private const string Unsupported =
        """{"message":"checkpoint_required","checkpoint_url":"https://www.instagram.com/web/unsupported_version/","lock":false,"flow_render_type":0,"status":"fail"}""";

    private static string Agent(string version) => $"Instagram {version} Android (34/14; 480dpi; 1344x2992; Google/google; Pixel 8 Pro; husky; husky; en_US; 385211303)";

    [Theory]
    [InlineData("399.0.0.41.99", HttpStatusCode.BadRequest)]
    [InlineData("222.0.0.13.114", HttpStatusCode.BadRequest)]
    [InlineData("400.0.0.0.1", HttpStatusCode.OK)]
    [InlineData("448.0.0.0.20", HttpStatusCode.OK)]
    public async Task An_app_below_the_minimum_version_is_answered_as_retired(string version, HttpStatusCode expected)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);

        var (status, body) = await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=12", Sessions.Demo, agent: Agent(version)));

        Assert.Equal(expected, status);
        if (expected == HttpStatusCode.BadRequest) AssertJson(Unsupported, body);
    }

    [Fact]
    public async Task The_minimum_is_a_setting_and_covers_the_app_login()
    {
        await using var sim = await SimulatorHost.StartAsync(o => o.MinAppVersion = 449);
        using var client = Client(sim.Url);
        var login = App("/api/v1/accounts/login/", null, method: HttpMethod.Post, agent: Agent("448.0.0.0.20"));
        login.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["signed_body"] = "SIGNATURE.{}" });

        var (status, body) = await client.AskAsync(login);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertJson(Unsupported, body);
    }
}
