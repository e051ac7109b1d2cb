using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InstaIntel.Simulator;
using static InstaIntel.Tests.Simulator.SimRequests;

namespace InstaIntel.Tests.Simulator;

/// <summary>The detector over HTTP: the web follower dialog read fast and evenly logs the session out.</summary>
public sealed class DialogDetectorTests
{
    /// <summary>Reads up to <paramref name="pages"/> pages of 12 as the web app, the clock moving about 15 ms between them; returns each status.</summary>
    private static async Task<List<(HttpStatusCode Status, JsonNode? Body)>> ScanAsync(ClockedSimulator sim, long pk, string session, int pages, bool app = false)
    {
        var answers = new List<(HttpStatusCode, JsonNode?)>();
        string? cursor = null;
        for (var i = 0; i < pages; i++)
        {
            var path = $"/api/v1/friendships/{pk}/followers/?count=12&search_surface=follow_list_page" + (cursor is null ? "" : $"&max_id={Uri.EscapeDataString(cursor)}");
            var answer = await sim.Client.AskAsync(app ? App(path, session) : Web(path, session));
            answers.Add(answer);
            if (answer.Status != HttpStatusCode.OK) break;
            cursor = answer.Body!["next_max_id"]?.GetValue<string>();
            if (cursor is null) break;
            sim.Clock.Advance(TimeSpan.FromMilliseconds(15 + i % 3));
        }
        return answers;
    }

    private static async Task<long> TargetAsync(ClockedSimulator sim, string username, int followers)
    {
        var response = await sim.Client.PostAsJsonAsync("/__simulator/targets", new { username, followers });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["pk"]!.GetValue<long>();
    }

    private static async Task<JsonObject> StatsAsync(ClockedSimulator sim) => (await sim.Client.GetFromJsonAsync<JsonObject>("/__simulator/stats"))!;

    [Fact]
    public async Task A_fast_even_scan_of_a_large_follower_dialog_is_logged_out_for_automated_activity()
    {
        await using var sim = await ClockedSimulator.StartAsync();
        var pk = await TargetAsync(sim, "dialog_large", 3_000);

        var answers = await ScanAsync(sim, pk, Sessions.Imported, pages: 200);

        // Page 167 brings the users served to 2,004: that request is the one refused.
        Assert.Equal(167, answers.Count);
        Assert.All(answers[..^1], a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(HttpStatusCode.Forbidden, answers[^1].Status);
        AssertJson("""{"message":"login_required","logout_reason":3,"status":"fail"}""", answers[^1].Body);

        var later = await sim.Client.AskAsync(Web("/api/v1/users/9005/info/", Sessions.Imported));
        Assert.Equal(HttpStatusCode.Forbidden, later.Status);
        Assert.Equal(3, later.Body!["logout_reason"]!.GetValue<int>());
        Assert.Equal(1, (await StatsAsync(sim))["detectorFired"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_short_even_scan_under_two_thousand_users_is_not()
    {
        await using var sim = await ClockedSimulator.StartAsync();
        var pk = await TargetAsync(sim, "dialog_short", 3_000);

        var answers = await ScanAsync(sim, pk, Sessions.Imported, pages: 160);

        Assert.Equal(160, answers.Count);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(0, (await StatsAsync(sim))["detectorFired"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_scan_spread_over_more_than_the_window_is_not()
    {
        await using var sim = await ClockedSimulator.StartAsync(o => o.Detector.Window = TimeSpan.FromMilliseconds(1_000));
        var pk = await TargetAsync(sim, "dialog_window", 3_000);

        var answers = await ScanAsync(sim, pk, Sessions.Imported, pages: 200);

        Assert.Equal(200, answers.Count);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
    }

    [Fact]
    public async Task The_app_surface_and_a_disabled_detector_are_not_watched()
    {
        await using var sim = await ClockedSimulator.StartAsync();
        var pk = await TargetAsync(sim, "dialog_app", 3_000);
        var app = await ScanAsync(sim, pk, Sessions.Demo, pages: 200, app: true);
        Assert.Equal(200, app.Count);
        Assert.All(app, a => Assert.Equal(HttpStatusCode.OK, a.Status));

        await using var off = await ClockedSimulator.StartAsync(o => o.Detector.Enabled = false);
        var offPk = await TargetAsync(off, "dialog_off", 3_000);
        var web = await ScanAsync(off, offPk, Sessions.Imported, pages: 200);
        Assert.Equal(200, web.Count);
        Assert.All(web, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(0, (await StatsAsync(off))["detectorFired"]!.GetValue<int>());
    }
}
