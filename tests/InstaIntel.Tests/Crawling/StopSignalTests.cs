using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Crawling;

/// <summary>
/// Every way Instagram says "stop" ends in the right, visible state: action blocks stop the session at once, login
/// and challenge answers pause until the user reconnects (redirects are never followed), and lists cut short end
/// incomplete without marking anyone lost.
/// </summary>
[Trait("Database", "RunDefault")]
public sealed class StopSignalTests
{
    private const string SessionQuery = "{ instagramSession { status problem blockedUntil } }";

    /// <summary>Browser pages of 50 (the most Instagram serves the web), so the pages named below fall where they did.</summary>
    private static Dictionary<string, string> Pages50(Dictionary<string, string>? more = null) =>
        new(more ?? []) { ["Instagram:Browser:PageSize"] = "50" };

    [Theory]
    [InlineData(FaultKind.FeedbackRequired, "We limit how often")]
    [InlineData(FaultKind.PleaseWait, "Please wait a few minutes")]
    public async Task An_action_block_pauses_the_crawl_for_a_day_and_sends_nothing_more(FaultKind fault, string quoted)
    {
        await using var h = await CrawlHarness.StartAsync(settings: Pages50());
        await h.Simulator.InjectAsync(fault, "max_id=300", count: 1);
        var crawl = await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_small"), "PAUSED_ACTION_BLOCKED");

        Assert.Contains("action block", crawl["error"]!.GetValue<string>());
        Assert.Contains(quoted, crawl["error"]!.GetValue<string>());
        var resumesAt = crawl["resumesAt"]!.GetValue<DateTime>().ToUniversalTime();
        Assert.InRange(resumesAt, DateTime.UtcNow.AddHours(23), DateTime.UtcNow.AddHours(25));
        var session = (await h.App.GraphQL().DataAsync(SessionQuery))["instagramSession"]!;
        Assert.Equal("ACTION_BLOCKED", session["status"]!.GetValue<string>());

        // No retry, no other source, and a new crawl on the same session waits without asking Instagram.
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal(300 / 50 + 1, requests["webapi/followers"]);
        Assert.False(requests.ContainsKey("mobile/followers") || requests.ContainsKey("web"));
        var other = await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_growth"), "PAUSED_ACTION_BLOCKED");
        Assert.Contains("blocked", other["error"]!.GetValue<string>());
        Assert.Equal(requests.Values.Sum(), (await h.Simulator.RequestsAsync()).Values.Sum());
    }

    [Fact]
    public async Task An_action_block_stops_every_crawl_of_the_session_within_one_request()
    {
        await using var h = await CrawlHarness.StartAsync(settings: new() { ["Instagram:CrawlsPerSession"] = "2" }, client: SessionClient.App);
        // demo_small's pages are slow, so it is mid-crawl when demo_large's 26th page meets the block.
        await h.Simulator.InjectAsync(FaultKind.Slow, "1001/followers", count: 10_000, delayMs: 100);
        await h.Simulator.InjectAsync(FaultKind.FeedbackRequired, "enable_groups=true&max_id=5000", count: 1);
        var small = await h.StartCrawlAsync("demo_small", following: false);
        var large = await h.StartCrawlAsync("demo_large", following: false);

        await h.WaitForStatusAsync(large, "PAUSED_ACTION_BLOCKED");
        var atBlock = (await h.Simulator.RequestsAsync()).Values.Sum();
        var smallEnd = await WaitUntilEndedOrBlockedAsync(h, small);
        await h.WaitUntilNoCrawlRunsAsync();
        var after = (await h.Simulator.RequestsAsync()).Values.Sum();

        Assert.InRange(after - atBlock, 0, 1); // at most the one request the other crawl had already sent
        if (smallEnd != "SUCCEEDED") Assert.Equal("PAUSED_ACTION_BLOCKED", smallEnd);
    }

    private static async Task<string> WaitUntilEndedOrBlockedAsync(CrawlHarness h, string id)
    {
        for (var i = 0; ; i++)
        {
            var status = (await h.CrawlAsync(id))["status"]!.GetValue<string>();
            if (status is "SUCCEEDED" or "PAUSED_ACTION_BLOCKED" || i > 600) return status;
            await Task.Delay(25);
        }
    }

    [Theory]
    [InlineData(FaultKind.LoginRedirect, "session has expired")]
    [InlineData(FaultKind.ChallengeRedirect, "https://www.instagram.com/challenge/")]
    [InlineData(FaultKind.LoggedOut, "session has expired")]
    [InlineData(FaultKind.LoginRequired, "session has expired")]
    public async Task Login_and_challenge_answers_pause_the_crawl_and_no_redirect_is_followed(FaultKind fault, string advice)
    {
        await using var h = await CrawlHarness.StartAsync(settings: Pages50());
        await h.Simulator.InjectAsync(fault, "webapi:", count: 1);
        var crawl = await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_small"), "PAUSED_NEEDS_SESSION");

        Assert.Contains(advice, crawl["error"]!.GetValue<string>());
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal(1, requests["webapi/followers"]);
        Assert.DoesNotContain(requests.Keys, k => k.Contains("/accounts/login") || k.Contains("/challenge"));
        var session = (await h.App.GraphQL().DataAsync(SessionQuery))["instagramSession"]!;
        Assert.Contains(session["status"]!.GetValue<string>(), new[] { "EXPIRED", "CHECKPOINT" });
        Assert.False(string.IsNullOrEmpty(session["problem"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_crawl_paused_for_its_session_resumes_from_its_checkpoint_once_a_working_session_is_connected()
    {
        await using var h = await CrawlHarness.StartAsync(settings: Pages50());
        await h.Simulator.InjectAsync(FaultKind.LoginRequired, "webapi:/api/v1/friendships/1001/followers/?count=50&max_id=600", count: 1);
        var id = await h.StartCrawlAsync("demo_small", following: false);
        await h.WaitForStatusAsync(id, "PAUSED_NEEDS_SESSION");

        var imported = await h.App.GraphQL().DataAsync($$"""mutation { importSession(input: { sessionId: "{{Sessions.Imported}}" }) { session { status } } }""");
        Assert.Equal("HEALTHY", imported["importSession"]!["session"]!["status"]!.GetValue<string>());
        var (crawl, _) = await h.WaitAsync(id);

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
        Assert.Equal(1200 / 50 + 1, (await h.Simulator.RequestsAsync())["webapi/followers"]); // no page fetched twice
    }

    [Fact]
    public async Task A_crawl_waiting_after_a_checkpoint_resumes_once_a_later_check_finds_the_session_working()
    {
        // The user completed the check in a browser: the same session works again, nothing is imported.
        await using var h = await CrawlHarness.StartAsync(settings: Pages50(new() { ["Instagram:HealthCheckEvery"] = "00:00:01", ["Instagram:ResumeCheckEvery"] = "00:00:01" }));
        await h.Simulator.InjectAsync(FaultKind.Checkpoint, "webapi:/api/v1/friendships/1001/followers/?count=50&max_id=600", count: 1);
        var id = await h.StartCrawlAsync("demo_small", following: false);
        await h.WaitForStatusAsync(id, "PAUSED_NEEDS_SESSION");
        var (crawl, _) = await h.WaitAsync(id);

        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        var requests = await h.Simulator.RequestsAsync();
        Assert.Equal(1200 / 50 + 1, requests["webapi/followers"]);
        Assert.True(requests["session"] >= 2, "the session was not checked again while the crawl waited");
        var session = (await h.App.GraphQL().DataAsync(SessionQuery))["instagramSession"]!;
        Assert.Equal("HEALTHY", session["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_list_instagram_flags_as_limited_ends_incomplete_and_marks_nobody_lost()
    {
        // The limit comes on the third page: the second crawl reads whole lists so it gets there.
        await using var h = await CrawlHarness.StartAsync(settings: Pages50(new() { ["Instagram:Refresh:FullEvery"] = "00:00:00" }));
        var (first, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));
        Assert.Equal("SUCCEEDED", first["status"]!.GetValue<string>());

        await h.Simulator.InjectAsync(FaultKind.ListLimited, "max_id=100", count: 1);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("INCOMPLETE", crawl["status"]!.GetValue<string>());
        Assert.Contains("limiting the follower list", crawl["error"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
    }

    [Fact]
    public async Task A_list_that_ends_well_short_of_the_count_is_incomplete()
    {
        await using var h = await CrawlHarness.StartAsync(settings: Pages50());
        await h.Simulator.InjectAsync(FaultKind.ShortList, "max_id=100", count: 1);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("INCOMPLETE", crawl["status"]!.GetValue<string>());
        Assert.Contains("Instagram showed only 150 of 1,200 followers", crawl["error"]!.GetValue<string>());
        Assert.Empty(await h.EdgesAsync("demo_small", followers: true)); // an incomplete first crawl is no baseline
    }

    [Fact]
    public async Task A_big_list_that_ends_without_a_next_page_is_incomplete_even_above_the_share()
    {
        await using var h = await CrawlHarness.StartAsync(settings: Pages50(new() { ["Instagram:CompleteShare"] = "0.5" }));
        await h.Simulator.InjectAsync(FaultKind.ShortList, "max_id=1100", count: 1);
        var (crawl, _) = await h.WaitAsync(await h.StartCrawlAsync("demo_small", following: false));

        Assert.Equal("INCOMPLETE", crawl["status"]!.GetValue<string>());
        Assert.Contains("Instagram showed only 1,150 of 1,200 followers", crawl["error"]!.GetValue<string>());
        Assert.Equal(Math.Round(1150 / 1200.0, 4), Math.Round(crawl["completeness"]!.GetValue<double>(), 4));
        Assert.Empty(await h.EdgesAsync("demo_small", followers: true));
    }

    [Fact]
    public async Task The_block_is_kept_across_a_restart_of_the_guard()
    {
        await using var h = await CrawlHarness.StartAsync(settings: Pages50());
        await h.Simulator.InjectAsync(FaultKind.FeedbackRequired, "webapi:", count: 1);
        await h.WaitForStatusAsync(await h.StartCrawlAsync("demo_small"), "PAUSED_ACTION_BLOCKED");
        var guard = h.App.Services.GetRequiredService<SessionGuard>();
        var session = (await h.App.Services.GetRequiredService<ICredentialStore>().GetSessionAsync(CancellationToken.None))!;
        guard.Unblock(session.Key); // as after a restart: only the database remembers

        var states = await h.App.Services.GetRequiredService<SessionPool>().ListAsync(CancellationToken.None);
        Assert.Equal(SessionHealth.ActionBlocked, states.Single().Status);
        Assert.NotNull(guard.BlockedUntil(session.Key));
    }
}

[Trait("Database", "RunDefault")]
public sealed class StrandedCrawlTests
{
    [Fact]
    public async Task A_crawl_left_running_when_its_end_could_not_be_saved_is_found_and_finished()
    {
        await using var h = await CrawlHarness.StartAsync(settings: new() { ["Instagram:ResumeCheckEvery"] = "00:00:01" });
        var account = await h.App.AddAccountAsync("demo_small");
        // As a crawl whose last write failed (a full disk) leaves it: marked running, held by no queue.
        var crawlId = await h.App.WithScopeAsync(async sp =>
        {
            var crawls = sp.GetRequiredService<InstaIntel.Api.Crawls.CrawlService>();
            var crawl = await crawls.QueueAsync(account.Id, InstaIntel.Api.Crawls.CrawlLists.Followers, CancellationToken.None);
            await crawls.MarkRunningAsync(crawl.Id, CancellationToken.None);
            return crawl.Id;
        });

        var (crawl, _) = await h.WaitAsync(InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Crawl", crawlId));
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        Assert.Equal(h.Expected("demo_small", followers: true), await h.EdgesAsync("demo_small", followers: true));
    }
}
