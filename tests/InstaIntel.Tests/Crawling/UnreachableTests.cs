using InstaIntel.Api.Crawling;
using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.Options;

namespace InstaIntel.Tests.Crawling;

/// <summary>Instagram not answering at all (nothing listens where it should): a state of its own, never a failure named by an exception.</summary>
[Trait("Database", "RunDefault")]
public sealed class UnreachableTests
{
    /// <summary>Nothing listens on the discard port of loopback: every connection is refused, as on a box that is offline.</summary>
    private static readonly Dictionary<string, string> Offline = new()
    {
        ["Instagram:WebBaseUrl"] = "http://127.0.0.1:9",
        ["Instagram:MobileBaseUrl"] = "http://127.0.0.1:9",
    };

    [Fact]
    public async Task A_crawl_pauses_as_unreachable_with_advice_and_a_time_to_try_again()
    {
        await using var h = await CrawlHarness.StartAsync(settings: Offline);
        var started = DateTime.UtcNow;
        var id = await h.StartCrawlAsync("demo_small");

        var crawl = await h.WaitForStatusAsync(id, "PAUSED_UNREACHABLE");

        var error = crawl["error"]!.GetValue<string>();
        Assert.StartsWith("Instagram cannot be reached", error);
        Assert.Contains("check the connection and the session's proxy", error);
        Assert.DoesNotContain("Exception", error);
        var resumesAt = DateTime.Parse(crawl["resumesAt"]!.GetValue<string>(), null, System.Globalization.DateTimeStyles.RoundtripKind).ToUniversalTime();
        Assert.InRange(resumesAt, started.AddSeconds(55), DateTime.UtcNow.AddSeconds(65));
        await h.WaitUntilNoCrawlRunsAsync();
        Assert.Equal("PAUSED_UNREACHABLE", (await h.CrawlAsync(id))["status"]!.GetValue<string>()); // not picked up again before then
    }

    [Fact]
    public async Task A_session_imported_while_Instagram_cannot_be_reached_is_kept_as_not_verified_yet()
    {
        var sim = await SimulatorHost.StartAsync();
        await sim.DisposeAsync();
        var settings = AppFactory.Crawling(sim);
        foreach (var (key, value) in Offline) settings[key] = value;
        using var app = AppFactory.With(settings);

        var imported = await app.GraphQL().DataAsync($$"""mutation { importSession(input: { sessionId: "{{Sessions.Imported}}" }) { session { connected status problem } errors { __typename } } }""");

        var session = imported["importSession"]!["session"]!;
        Assert.Equal("UNKNOWN", session["status"]!.GetValue<string>());
        Assert.StartsWith("Not verified yet: Instagram could not be reached", session["problem"]!.GetValue<string>());
    }

    [Fact]
    public void Each_wait_is_twice_the_last_up_to_the_ceiling_and_starts_over_once_forgotten()
    {
        var waits = new OfflineWaits(Options.Create(new InstagramOptions { UnreachablePause = TimeSpan.FromMinutes(1), MaxUnreachablePause = TimeSpan.FromMinutes(5) }));

        Assert.Equal([1, 2, 4, 5, 5], Enumerable.Range(0, 5).Select(_ => waits.Next(7).TotalMinutes));
        Assert.Equal(1, waits.Next(8).TotalMinutes); // each crawl its own
        waits.Forget(7);
        Assert.Equal(1, waits.Next(7).TotalMinutes);
    }
}
