using System.Text.Json.Nodes;
using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using InstaIntel.Tests.Crawling;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Refresh;

/// <summary>
/// After a crawl, everyone it lost is looked up once to tell why: unfollowed, deactivated, blocked the crawl's
/// account, or (with one session) unavailable. Checks cost a request each, can be turned off per account, and a rate
/// limit leaves the rest for the next crawl without touching the crawl itself.
/// </summary>
[Trait("Database", "RunDefault")]
public sealed class LostReasonTests
{
    [Fact]
    public async Task Each_person_lost_is_told_apart_with_a_second_session()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.App.Services.GetRequiredService<ICredentialStore>().SaveSessionAsync(new InstagramSession(Sessions.Outsider, "csrf", 9_002), CancellationToken.None);
        await h.Simulator.AddTargetAsync("leavers", followers: 300);
        await CrawlAsync(h, "leavers");
        var night = await h.Simulator.NightAsync("leavers", new Night(Leaves: 3, Deactivations: 2, Seed: 5));
        var blocker = night.Followers[^1];
        // The pool takes the session used least: the outsider's crawls next, and the demo session is the second opinion.
        await h.Simulator.BlockAsync(blocker, Sessions.Outsider);

        var before = await InfoRequestsAsync(h);
        var crawl = await CrawlAsync(h, "leavers");
        Assert.Equal(6, crawl["followersLost"]!.GetValue<int>());
        var reasons = await ReasonsAsync(h, "leavers", expected: 6);

        foreach (var pk in night.Result.Left) Assert.Equal("UNFOLLOWED", reasons[pk]);
        foreach (var pk in night.Result.Deactivated) Assert.Equal("DEACTIVATED", reasons[pk]);
        Assert.Equal("BLOCKED", reasons[blocker]);
        // One look-up each; the three the crawl's session cannot see asked again with the other one; one look-up of
        // the target itself, which shows the endpoint answers; at most one more, the pool's check of the other session.
        Assert.InRange(await InfoRequestsAsync(h) - before, 6 + 3 + 1, 6 + 3 + 2);
    }

    [Fact]
    public async Task With_one_session_someone_it_cannot_see_is_unavailable()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.AddTargetAsync("one_session", followers: 200);
        await CrawlAsync(h, "one_session");
        var night = await h.Simulator.NightAsync("one_session", new Night(Leaves: 1, Deactivations: 1, Seed: 8));
        await CrawlAsync(h, "one_session");

        var reasons = await ReasonsAsync(h, "one_session", expected: 2);
        Assert.Equal("UNFOLLOWED", reasons[night.Result.Left[0]]);
        Assert.Equal("UNAVAILABLE", reasons[night.Result.Deactivated[0]]);
        var lost = await LostAsync(h, "one_session");
        Assert.All(lost, f => Assert.NotNull(f["lostReasonCheckedAt"]?.GetValue<string>()));
        var changes = await h.App.GraphQL().DataAsync("""
            { account(username: "one_session") { changes(kind: LOST, where: { lostReason: { eq: UNAVAILABLE } }) { nodes { pk lostReason } } } }
            """);
        Assert.Equal(night.Result.Deactivated[0], changes["account"]!["changes"]!["nodes"]!.AsArray().Single()!["pk"]!.GetValue<long>());
        var followers = await h.App.GraphQL().DataAsync("""
            { account(username: "one_session") { followers(where: { and: [{ isLost: { eq: true } }, { lostReason: { eq: UNFOLLOWED } }] }) { totalCount nodes { pk } } } }
            """);
        Assert.Equal(night.Result.Left[0], followers["account"]!["followers"]!["nodes"]!.AsArray().Single()!["pk"]!.GetValue<long>());
        Assert.Equal(1, followers["account"]!["followers"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_account_with_checks_off_costs_no_look_up()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.AddTargetAsync("quiet", followers: 200);
        await CrawlAsync(h, "quiet");
        var account = await h.App.GraphQL().DataAsync("""{ account(username: "quiet") { id checkLostReasons } }""");
        Assert.True(account["account"]!["checkLostReasons"]!.GetValue<bool>());
        var off = await h.App.GraphQL().DataAsync("""
            mutation($id: ID!) { setLostReasonChecks(input: { accountId: $id, enabled: false }) { account { checkLostReasons } errors { __typename } } }
            """, new { id = account["account"]!["id"]!.GetValue<string>() });
        Assert.False(off["setLostReasonChecks"]!["account"]!["checkLostReasons"]!.GetValue<bool>());

        await h.Simulator.NightAsync("quiet", new Night(Leaves: 2, Seed: 3));
        var before = await InfoRequestsAsync(h);
        await CrawlAsync(h, "quiet");
        await h.WaitUntilNoCrawlRunsAsync();
        Assert.Equal(before, await InfoRequestsAsync(h));
        Assert.All(await LostAsync(h, "quiet"), f => Assert.Null(f["lostReason"]?.GetValue<string>()));
    }

    [Fact]
    public async Task A_rate_limit_during_the_checks_leaves_the_rest_for_the_next_crawl()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.AddTargetAsync("limited", followers: 200);
        await CrawlAsync(h, "limited");
        await h.Simulator.NightAsync("limited", new Night(Leaves: 4, Seed: 4));
        await h.Simulator.InjectAsync(FaultKind.RateLimited, "/info/", count: 1);

        var crawl = await CrawlAsync(h, "limited");
        Assert.Equal(4, crawl["followersLost"]!.GetValue<int>());
        await h.WaitUntilNoCrawlRunsAsync();
        Assert.All(await LostAsync(h, "limited"), f => Assert.Null(f["lostReason"]?.GetValue<string>()));

        await CrawlAsync(h, "limited");
        var reasons = await ReasonsAsync(h, "limited", expected: 4, lostIn: "ANY");
        Assert.All(reasons.Values, r => Assert.Equal("UNFOLLOWED", r));
    }

    [Fact]
    public async Task A_look_up_that_finds_nobody_not_even_the_target_marks_nobody_gone()
    {
        await using var h = await CrawlHarness.StartAsync();
        await h.Simulator.AddTargetAsync("broken_lookups", followers: 200);
        await CrawlAsync(h, "broken_lookups");
        await h.Simulator.NightAsync("broken_lookups", new Night(Leaves: 3, Seed: 6));
        await h.Simulator.InjectAsync(FaultKind.NotFound, "/info/", count: 1_000);

        await CrawlAsync(h, "broken_lookups");
        await h.WaitUntilNoCrawlRunsAsync();
        var lost = await LostAsync(h, "broken_lookups");
        Assert.Equal(3, lost.Count);
        Assert.All(lost, f => Assert.Null(f["lostReason"]?.GetValue<string>()));
    }

    private static async Task<JsonNode> CrawlAsync(CrawlHarness h, string target)
    {
        var id = await h.StartCrawlAsync(target, following: false);
        var (crawl, _) = await h.WaitAsync(id);
        Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
        return crawl;
    }

    private static async Task<int> InfoRequestsAsync(CrawlHarness h) =>
        (await h.Simulator.RequestsAsync()).Where(r => r.Key == "session").Sum(r => r.Value);

    /// <param name="lostIn">LATEST: lost in the latest crawl; ANY: every lost relation.</param>
    private static async Task<List<JsonNode>> LostAsync(CrawlHarness h, string target, string lostIn = "LATEST")
    {
        var where = lostIn == "LATEST" ? "{ isLost: { eq: true } }" : "{ lostAt: { lte: \"2100-01-01T00:00:00Z\" } }";
        var data = await h.App.GraphQL().DataAsync($$"""
            query($u: String!) { account(username: $u) { followers(first: 100, where: {{where}}) { nodes { pk lostReason lostReasonCheckedAt } } } }
            """, new { u = target });
        return [.. data["account"]!["followers"]!["nodes"]!.AsArray().Select(n => n!)];
    }

    /// <summary>Waits for the checks that run after the crawl has ended.</summary>
    private static async Task<Dictionary<long, string>> ReasonsAsync(CrawlHarness h, string target, int expected, string lostIn = "LATEST")
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var lost = await LostAsync(h, target, lostIn);
            Assert.Equal(expected, lost.Count);
            if (lost.All(f => f["lostReason"] is not null))
                return lost.ToDictionary(f => f["pk"]!.GetValue<long>(), f => f["lostReason"]!.GetValue<string>());
            Assert.True(DateTime.UtcNow < deadline, "the lost were not all checked within 30 s");
            await Task.Delay(200);
        }
    }
}
