using InstaIntel.Tests.Tokens;

namespace InstaIntel.Tests.Companion;

/// <summary>A stop signal from the browser pauses the crawl as the same signal pauses a server crawl; the user resumes it.</summary>
public sealed class BrowserStopTests
{
    private const string Stop = """
        mutation($id: ID!, $signal: BrowserStopSignal!) { reportBrowserStop(input: { crawlId: $id, signal: $signal, detail: "Try Again Later" }) {
          crawl { status error resumesAt } errors { __typename ... on Error { message } } } }
        """;

    [Theory]
    [InlineData("LOGIN_REQUIRED", "PAUSED_NEEDS_SESSION", "Log in to instagram.com", false)]
    [InlineData("LOGGED_OUT", "PAUSED_NEEDS_SESSION", "logged this browser out", false)]
    [InlineData("CHECKPOINT_REQUIRED", "PAUSED_NEEDS_SESSION", "checkpoint", false)]
    [InlineData("FEEDBACK_REQUIRED", "PAUSED_ACTION_BLOCKED", "action block", true)]
    [InlineData("RATE_LIMITED", "PAUSED_RATE_LIMITED", "slow down", true)]
    public async Task A_stop_signal_pauses_with_advice_and_the_crawl_resumes_in_the_browser_from_its_last_page(string signal, string status, string advice, bool timed)
    {
        using var world = new TokenWorld();
        var extension = await new Companion(world).PairedAsync();
        var id = await extension.StartAsync("target", following: false);
        await extension.ClaimAsync(id);
        await extension.SubmitAsync(id, "FOLLOWERS", null, "12", Support.People.Range(1, 12).Select(Companion.User), "900");

        var stopped = (await extension.QueryAsync(Stop, new { id, signal }))["data"]!["reportBrowserStop"]!["crawl"]!;
        Assert.Equal(status, stopped["status"]!.GetValue<string>());
        Assert.Contains(advice, stopped["error"]!.GetValue<string>());
        Assert.Contains("Try Again Later", stopped["error"]!.GetValue<string>());
        Assert.Equal(timed, stopped["resumesAt"] is not null);

        var early = await extension.ClaimAsync(id);
        Assert.Equal("BrowserCrawlStateError", early["errors"]![0]!["__typename"]!.GetValue<string>());
        var resumed = (await extension.QueryAsync("mutation($id: ID!) { resumeBrowserCrawl(input: { crawlId: $id }) { crawl { status } } }", new { id }))["data"]!["resumeBrowserCrawl"]!["crawl"]!;
        Assert.Equal("QUEUED", resumed["status"]!.GetValue<string>());
        var plan = (await extension.ClaimAsync(id))["plan"]!["lists"]![0]!;
        Assert.Equal(("12", 12), (plan["cursor"]!.GetValue<string>(), plan["fetched"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Stopping_from_the_popup_cancels_a_running_browser_crawl_at_once()
    {
        using var world = new TokenWorld();
        var extension = await new Companion(world).PairedAsync();
        var id = await extension.StartAsync("target");
        await extension.ClaimAsync(id);
        var started = DateTime.UtcNow;

        var cancelled = (await extension.QueryAsync("mutation($id: ID!) { cancelCrawl(input: { crawlId: $id }) { crawl { status } } }", new { id }))["data"]!["cancelCrawl"]!["crawl"]!;

        Assert.Equal("CANCELLED", cancelled["status"]!.GetValue<string>());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "no crawl worker runs it, so nothing is waited for");
    }
}
