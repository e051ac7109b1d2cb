using System.Net.Http.Json;
using InstaIntel.Simulator;
using InstaIntel.Tests.Crawling;
using InstaIntel.Tests.Insights;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Refresh;

/// <summary>The simulator's lists behave as Instagram's: newest first, counts a little off the list, histories with renames, deactivations and re-follows.</summary>
[Trait("Database", "RunDefault")]
public sealed class SimulatorHistoryTests
{
    [Fact]
    public async Task A_night_puts_new_and_returning_followers_on_top_and_keeps_renamed_ones_in_place()
    {
        await using var sim = await SimulatorHost.StartAsync();
        await sim.AddTargetAsync("history_a", followers: 300, hidden: 2);
        var first = await sim.NightAsync("history_a", new Night(Leaves: 10, Seed: 1));
        Assert.Equal(290, first.Followers.Length);
        Assert.Equal(292, first.Count);

        var second = await sim.NightAsync("history_a", new Night(Joins: 5, Refollows: 3, Renames: 4, Deactivations: 2, Seed: 2));
        var top = second.Followers.Take(8).ToHashSet();
        Assert.Equal(second.Result.Joined.Concat(second.Result.Refollowed).ToHashSet(), top);
        Assert.All(second.Result.Refollowed, pk => Assert.Contains(pk, first.Result.Left));
        Assert.Equal(290 + 8 - 2, second.Followers.Length);
        Assert.Equal(second.Followers.Length + 2, second.Count);
        Assert.All(second.Result.Deactivated, pk => Assert.DoesNotContain(pk, second.Followers));
        // A rename keeps the follower where they were: the order of everyone below the new ones is unchanged.
        Assert.Equal(first.Followers.Where(pk => !second.Result.Deactivated.Contains(pk)), second.Followers.Skip(8));
    }

    [Fact]
    public async Task Night_counts_below_zero_and_unknown_targets_are_refused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await sim.Admin.PostAsJsonAsync("/__simulator/targets/nobody/nights", new Night(Joins: 1))).StatusCode);
        await sim.AddTargetAsync("history_b", followers: 10);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await sim.Admin.PostAsJsonAsync("/__simulator/targets/history_b/nights", new Night(Leaves: -1))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await sim.Admin.PostAsJsonAsync("/__simulator/targets", new { username = "history_b", followers = 1 })).StatusCode);
    }

    [Fact]
    public async Task Demo_growth_counts_three_above_its_list_and_renames_and_refollows_reach_the_history()
    {
        await using var h = await CrawlHarness.StartAsync();
        for (var i = 0; i < 3; i++)
            Assert.Equal("SUCCEEDED", (await h.WaitAsync(await h.StartCrawlAsync("demo_growth", following: false))).Crawl["status"]!.GetValue<string>());

        var counts = await Sql.RowsAsync(h.App, "SELECT followers_expected, followers_fetched FROM crawls ORDER BY id");
        Assert.All(counts, row => Assert.Equal((long)row[1]! + 3, (long)row[0]!));
        Assert.True(await Sql.ScalarAsync(h.App, "SELECT count(*) FROM profiles WHERE username LIKE '%.v2'") >= 3, "renamed profiles keep their pk and take the new handle");
        var refollowed = await Sql.ScalarAsync(h.App, """
            SELECT count(DISTINCT n.profile_pk) FROM follow_changes n JOIN follow_changes l
                ON l.profile_pk = n.profile_pk AND l.target_id = n.target_id AND l.list = n.list AND l.kind = 'Lost' AND l.crawl_id < n.crawl_id
            WHERE n.kind = 'New'
            """);
        Assert.True(refollowed >= 1, "someone who left came back as new");
    }
}
