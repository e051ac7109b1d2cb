using System.Text.Json.Nodes;
using InstaIntel.Tests.Crawling;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Insights;

/// <summary>Every insight number over the simulator's demo_growth after three complete crawls, against direct SQL.</summary>
[Trait("Database", "RunDefault")]
public sealed class GrowthWorldTests(GrowthWorldTests.World world) : IClassFixture<GrowthWorldTests.World>
{
    public sealed class World : IAsyncLifetime
    {
        public CrawlHarness Harness { get; private set; } = null!;
        public AppFactory App => Harness.App;
        public long AccountId { get; private set; }

        public async Task InitializeAsync()
        {
            Harness = await CrawlHarness.StartAsync();
            for (var round = 0; round < 3; round++)
            {
                var (crawl, _) = await Harness.WaitAsync(await Harness.StartCrawlAsync("demo_growth"));
                Assert.Equal("SUCCEEDED", crawl["status"]!.GetValue<string>());
            }
            AccountId = await Sql.ScalarAsync(App, "SELECT id FROM accounts WHERE username = 'demo_growth'");
        }

        public async Task DisposeAsync() => await Harness.DisposeAsync();
    }

    private Task<long> CountAsync(string sql) => Sql.ScalarAsync(world.App, sql, ("$a", world.AccountId));

    private Task<long> LatestAsync() =>
        CountAsync("SELECT max(id) FROM crawls WHERE account_id = $a AND status = 'Succeeded'");

    private async Task<JsonNode> AccountAsync(string selection) =>
        (await world.App.GraphQL().DataAsync($$"""{ account(username: "demo_growth") { {{selection}} } }"""))["account"]!;

    [Fact]
    public async Task The_timeline_has_one_point_per_complete_crawl_with_counts_and_deltas_from_the_edges()
    {
        var timeline = (await AccountAsync("timeline { followerCount followingCount newFollowers lostFollowers newFollowing lostFollowing }"))["timeline"]!.AsArray();
        var crawls = await Sql.RowsAsync(world.App, "SELECT id FROM crawls WHERE account_id = $a AND status = 'Succeeded' ORDER BY id", ("$a", world.AccountId));
        Assert.Equal(3, timeline.Count);
        Assert.Equal(crawls.Count, timeline.Count);
        for (var i = 0; i < crawls.Count; i++)
        {
            var id = (long)crawls[i][0]!;
            var point = timeline[i]!;
            // From the change log, not the edges: demo_growth has re-follows, and an edge keeps only its latest stretch.
            var present = await Sql.ScalarAsync(world.App, """
                SELECT count(*) FROM follow_changes c WHERE target_id = $a AND list = 1 AND kind <> 'Lost'
                    AND crawl_id = (SELECT max(crawl_id) FROM follow_changes l WHERE l.target_id = c.target_id AND l.list = 1 AND l.profile_pk = c.profile_pk AND l.crawl_id <= $s)
                """, ("$a", world.AccountId), ("$s", id));
            var added = await Sql.ScalarAsync(world.App, "SELECT count(*) FROM follow_changes WHERE target_id = $a AND list = 1 AND crawl_id = $s AND kind = 'New'", ("$a", world.AccountId), ("$s", id));
            var lost = await Sql.ScalarAsync(world.App, "SELECT count(*) FROM follow_changes WHERE target_id = $a AND list = 1 AND crawl_id = $s AND kind = 'Lost'", ("$a", world.AccountId), ("$s", id));
            Assert.Equal(present, point["followerCount"]!.GetValue<long>());
            Assert.Equal(added, point["newFollowers"]!.GetValue<long>());
            Assert.Equal(lost, point["lostFollowers"]!.GetValue<long>());
            Assert.Equal(150, point["followingCount"]!.GetValue<int>());
        }
        // The world's rule: each later crawl loses about 2% of the followers and gains 5%.
        var counts = timeline.Select(p => p!["followerCount"]!.GetValue<int>()).ToArray();
        Assert.True(counts[0] < counts[1] && counts[1] < counts[2], string.Join(", ", counts));
        Assert.Equal(0, timeline[0]!["lostFollowers"]!.GetValue<int>());
        Assert.Equal(0, timeline[0]!["newFollowers"]!.GetValue<int>()); // the first crawl is a baseline
        Assert.True(timeline[2]!["lostFollowers"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Follow_back_spokes_equal_sql_and_the_lists_they_link_to()
    {
        var data = await AccountAsync("""
            insights { followBack { fans notFollowingBack mutuals newFollowers lostFollowers } }
            fans { totalCount } notFollowingBack { totalCount } mutuals { totalCount }
            newOnes: followers(where: { isNew: { eq: true } }) { totalCount }
            lostOnes: followers(where: { isLost: { eq: true } }) { totalCount }
            """);
        var spokes = data["insights"]!["followBack"]!;
        var latest = await LatestAsync();

        var fans = await CountAsync("SELECT count(*) FROM followers f WHERE f.target_id = $a AND f.lost_in_crawl_id IS NULL AND NOT EXISTS (SELECT 1 FROM following g WHERE g.target_id = $a AND g.profile_pk = f.profile_pk AND g.lost_in_crawl_id IS NULL)");
        var notBack = await CountAsync("SELECT count(*) FROM following g WHERE g.target_id = $a AND g.lost_in_crawl_id IS NULL AND NOT EXISTS (SELECT 1 FROM followers f WHERE f.target_id = $a AND f.profile_pk = g.profile_pk AND f.lost_in_crawl_id IS NULL)");
        var mutuals = await CountAsync("SELECT count(*) FROM followers f JOIN following g ON g.target_id = f.target_id AND g.profile_pk = f.profile_pk WHERE f.target_id = $a AND f.lost_in_crawl_id IS NULL AND g.lost_in_crawl_id IS NULL");
        var added = await Sql.ScalarAsync(world.App, "SELECT count(*) FROM followers WHERE target_id = $a AND first_seen_crawl_id = $s AND lost_in_crawl_id IS NULL", ("$a", world.AccountId), ("$s", latest));
        var lost = await Sql.ScalarAsync(world.App, "SELECT count(*) FROM followers WHERE target_id = $a AND lost_in_crawl_id = $s", ("$a", world.AccountId), ("$s", latest));

        Assert.Equal(fans, spokes["fans"]!.GetValue<long>());
        Assert.Equal(notBack, spokes["notFollowingBack"]!.GetValue<long>());
        Assert.Equal(mutuals, spokes["mutuals"]!.GetValue<long>());
        Assert.Equal(added, spokes["newFollowers"]!.GetValue<long>());
        Assert.Equal(lost, spokes["lostFollowers"]!.GetValue<long>());
        Assert.True(added > 0 && lost > 0 && fans > 1000, "demo_growth after three crawls has new, lost and many fans");

        Assert.Equal(fans, data["fans"]!["totalCount"]!.GetValue<long>());
        Assert.Equal(notBack, data["notFollowingBack"]!["totalCount"]!.GetValue<long>());
        Assert.Equal(mutuals, data["mutuals"]!["totalCount"]!.GetValue<long>());
        Assert.Equal(added, data["newOnes"]!["totalCount"]!.GetValue<long>());
        Assert.Equal(lost, data["lostOnes"]!["totalCount"]!.GetValue<long>());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(30)]
    [InlineData(90)]
    public async Task Top_growth_is_the_difference_between_the_first_and_latest_point_in_the_window(int days)
    {
        var data = await world.App.GraphQL().DataAsync("""
            query($d: Int!) { dashboard { topGrowth(days: $d) { account { username } baseline latest absolute percent points { followerCount } } } }
            """, new { d = days });
        var top = data["dashboard"]!["topGrowth"]!.AsArray();
        var entry = Assert.Single(top)!;
        var first = await CountAsync("SELECT followers_total FROM crawls WHERE account_id = $a AND status = 'Succeeded' ORDER BY id LIMIT 1");
        var latest = await CountAsync("SELECT followers_total FROM crawls WHERE account_id = $a AND status = 'Succeeded' ORDER BY id DESC LIMIT 1");

        Assert.Equal("demo_growth", entry["account"]!["username"]!.GetValue<string>());
        Assert.Equal(first, entry["baseline"]!.GetValue<long>());
        Assert.Equal(latest, entry["latest"]!.GetValue<long>());
        Assert.Equal(latest - first, entry["absolute"]!.GetValue<long>());
        Assert.Equal(Math.Round((latest - first) * 100.0 / first, 2), entry["percent"]!.GetValue<double>());
        Assert.Equal(3, entry["points"]!.AsArray().Count);
    }

    [Fact]
    public async Task Ghost_candidates_equal_sql_and_carry_the_caveat()
    {
        var data = await AccountAsync("""
            insights { ghostCaveat recent: ghostCandidates { totalCount } all: ghostCandidates(minAgeDays: 0, first: 5) { totalCount nodes { pk } } }
            """);
        var insights = data["insights"]!;
        var expected = await CountAsync("""
            SELECT count(*) FROM followers f JOIN crawls s ON s.id = f.first_seen_crawl_id
            WHERE f.target_id = $a AND f.lost_in_crawl_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM followers o WHERE o.profile_pk = f.profile_pk AND o.target_id <> $a AND o.lost_in_crawl_id IS NULL)
              AND NOT EXISTS (SELECT 1 FROM following o WHERE o.profile_pk = f.profile_pk AND o.target_id <> $a AND o.lost_in_crawl_id IS NULL)
            """);
        Assert.Equal(expected, insights["all"]!["totalCount"]!.GetValue<long>());
        Assert.Equal(5, insights["all"]!["nodes"]!.AsArray().Count);
        Assert.Equal(0, insights["recent"]!["totalCount"]!.GetValue<int>()); // every crawl is minutes old, none 90 days
        Assert.Contains("cannot prove", insights["ghostCaveat"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_finds_crawled_profiles_by_handle_prefix_and_full_name_substring()
    {
        var (username, fullName) = await FirstProfileAsync();
        var byPrefix = await SearchAsync(username[..^1]);
        Assert.Contains(username, GraphQLClient.Strings(byPrefix["profiles"], "username"));
        Assert.All(GraphQLClient.Strings(byPrefix["profiles"], "username"), u => Assert.StartsWith(username[..^1], u));

        var inner = fullName[1..4];
        var bySubstring = await SearchAsync(inner.ToUpperInvariant());
        var matches = bySubstring["profiles"]!.AsArray();
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.True(
            m!["username"]!.GetValue<string>().Contains(inner, StringComparison.OrdinalIgnoreCase)
            || m["fullName"]!.GetValue<string>().Contains(inner, StringComparison.OrdinalIgnoreCase), $"{inner} / {m.ToJsonString()}"));

        var account = await SearchAsync("@demo_gro");
        Assert.Equal(["demo_growth"], GraphQLClient.Strings(account["accounts"], "username"));
    }

    private async Task<(string Username, string FullName)> FirstProfileAsync()
    {
        var row = (await Sql.RowsAsync(world.App, "SELECT username, full_name FROM profiles WHERE substr(full_name, 1, 5) NOT LIKE '% %' AND full_name LIKE '% %' ORDER BY pk LIMIT 1"))[0];
        return ((string)row[0]!, (string)row[1]!);
    }

    private async Task<JsonNode> SearchAsync(string text) =>
        (await world.App.GraphQL().DataAsync("query($t: String!) { search(text: $t, first: 20) { accounts { username } profiles { username fullName } } }",
            new { t = text }))["search"]!;
}
