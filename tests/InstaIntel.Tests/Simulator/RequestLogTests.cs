using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>What each session sent, kept for tests that check how the product looks to Instagram.</summary>
public sealed class RequestLogTests
{
    private static async Task<JsonArray> LogAsync(SimulatorHost sim, string session) =>
        (await sim.Admin.GetFromJsonAsync<JsonObject>($"/__simulator/sessions/{Uri.EscapeDataString(session)}/requests"))!["requests"]!.AsArray();

    [Fact]
    public async Task Each_request_of_a_session_is_kept_with_its_surface_headers_and_time()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        var web = Web("/api/v1/friendships/1001/followers/?count=12&search_surface=follow_list_page", Sessions.Imported);
        web.Headers.Add("X-Web-Session-ID", "abc123:k9x0qz:0m4p7e");
        await client.AskAsync(web);
        await client.AskAsync(App("/api/v1/friendships/1001/following/?count=100", Sessions.Demo));

        var imported = Assert.Single(await LogAsync(sim, Sessions.Imported))!;
        Assert.Equal("webapi", imported["surface"]!.GetValue<string>());
        Assert.Equal("GET", imported["method"]!.GetValue<string>());
        Assert.Equal("/api/v1/friendships/1001/followers/", imported["path"]!.GetValue<string>());
        Assert.Equal("?count=12&search_surface=follow_list_page", imported["query"]!.GetValue<string>());
        Assert.Equal("abc123:k9x0qz:0m4p7e", imported["headers"]!["x-web-session-id"]!.GetValue<string>());
        Assert.Equal(BrowserAgent, imported["headers"]!["user-agent"]!.GetValue<string>());
        Assert.InRange(imported["at"]!.GetValue<DateTimeOffset>(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));

        var demo = Assert.Single(await LogAsync(sim, Sessions.Demo))!;
        Assert.Equal("mobile", demo["surface"]!.GetValue<string>());
        Assert.StartsWith("Bearer IGT:2:", demo["headers"]!["authorization"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_latest_thousand_requests_are_kept()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        for (var i = 0; i < 1_005; i++) await client.AskAsync(Web($"/api/v1/users/web_profile_info/?username=demo_small&n={i}", Sessions.Outsider));

        var log = await LogAsync(sim, Sessions.Outsider);

        Assert.Equal(1_000, log.Count);
        Assert.EndsWith("&n=5", log[0]!["query"]!.GetValue<string>());
        Assert.EndsWith("&n=1004", log[^1]!["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_session_has_no_log()
    {
        await using var sim = await SimulatorHost.StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await sim.Admin.GetAsync("/__simulator/sessions/no-such-session/requests")).StatusCode);
    }

    [Fact]
    public async Task A_reset_clears_the_log_and_the_counters_and_brings_the_predefined_sessions_back()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var client = Client(sim.Url);
        await client.AskAsync(App("/api/v1/friendships/1001/followers/?count=12", Sessions.Imported, pk: 9_005));
        var before = await sim.StatsAsync();
        Assert.Equal(1, before["crossSurfaceLogouts"]!.GetValue<int>());
        Assert.Equal(0, before["detectorFired"]!.GetValue<int>());
        Assert.NotEmpty(await LogAsync(sim, Sessions.Imported));

        await sim.ResetAsync();

        Assert.Empty(await LogAsync(sim, Sessions.Imported));
        Assert.Equal(0, (await sim.StatsAsync())["crossSurfaceLogouts"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, (await client.AskAsync(Web("/api/v1/users/9005/info/", Sessions.Imported))).Status);
    }
}
