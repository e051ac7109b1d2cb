using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Insights;

/// <summary>The network graph, ghost candidates across accounts, and search, over three accounts with overlapping lists.</summary>
[Trait("Database", "RunDefault")]
public sealed class NetworkAndSearchTests(NetworkAndSearchTests.World world) : IClassFixture<NetworkAndSearchTests.World>
{
    /// <summary>
    /// net_a: followers 1–20, following 15–30. net_b: followers 10–25. net_c: following 18–22.
    /// Profiles related to two or more: 10–14 (a, b), 15–17 (a mutual, b), 18–22 (a mutual, b, c), 23–25 (a follows, b), 26–30 only a.
    /// </summary>
    public sealed class World : IAsyncLifetime
    {
        public AppFactory App { get; } = new();
        public Dictionary<string, string> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            var a = await App.AddAccountAsync("net_a");
            var b = await App.AddAccountAsync("net_b");
            var c = await App.AddAccountAsync("net_c");
            await App.CrawlAsync(a.Id, Range(1, 20), Range(15, 30));
            await App.CrawlAsync(b.Id, Range(10, 25), []);
            await App.CrawlAsync(c.Id, null, Range(18, 22));
            foreach (var account in new[] { a, b, c }) Ids[account.Username] = InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Account", account.Id);
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<JsonNode> NetworkAsync(string arguments = "") =>
        (await world.App.GraphQL().DataAsync($$"""
            { network{{arguments}} { totalNodeCount totalEdgeCount truncated
                nodes { id isTrackedAccount pk username degree } edges { source target relation } } }
            """))["network"]!;

    private static long[] ProfilePks(JsonNode network) =>
        network["nodes"]!.AsArray().Where(n => !n!["isTrackedAccount"]!.GetValue<bool>()).Select(n => n!["pk"]!.GetValue<long>()).Order().ToArray();

    private const string SharedSql = """
        SELECT count(*) FROM (SELECT profile_pk FROM (
            SELECT target_id, profile_pk FROM followers WHERE lost_in_crawl_id IS NULL
            UNION SELECT target_id, profile_pk FROM following WHERE lost_in_crawl_id IS NULL) AS relations
          GROUP BY profile_pk HAVING count(*) >= $min) AS shared
        """;

    [Fact]
    public async Task Profiles_shared_by_two_accounts_become_nodes_with_their_relations()
    {
        var network = await NetworkAsync();
        Assert.Equal(Enumerable.Range(10, 16).Select(i => (long)i).ToArray(), ProfilePks(network));
        Assert.Equal(3 + await Sql.ScalarAsync(world.App, SharedSql, ("$min", 2)), network["totalNodeCount"]!.GetValue<long>());
        Assert.False(network["truncated"]!.GetValue<bool>());

        var edges = network["edges"]!.AsArray();
        Assert.Equal(network["totalEdgeCount"]!.GetValue<int>(), edges.Count);
        string Relation(string account, long pk) => edges.Single(e => e!["source"]!.GetValue<string>() == world.Ids[account]
            && e["target"]!.GetValue<string>() == InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Profile", pk))!["relation"]!.GetValue<string>();
        Assert.Equal("FOLLOWED_BY", Relation("net_a", 12));
        Assert.Equal("MUTUAL", Relation("net_a", 16));
        Assert.Equal("FOLLOWS", Relation("net_a", 24));
        Assert.Equal("FOLLOWED_BY", Relation("net_b", 24));
        Assert.Equal("FOLLOWS", Relation("net_c", 20));
        // 10–14: 2 edges, 15–17: 2, 18–22: 3, 23–25: 2.
        Assert.Equal(5 * 2 + 3 * 2 + 5 * 3 + 3 * 2, edges.Count);

        var node20 = network["nodes"]!.AsArray().Single(n => n!["pk"]?.GetValue<long>() == 20)!;
        Assert.Equal(3, node20["degree"]!.GetValue<int>());
        var a = network["nodes"]!.AsArray().Single(n => n!["username"]!.GetValue<string>() == "net_a")!;
        Assert.Equal(edges.Count(e => e!["source"]!.GetValue<string>() == world.Ids["net_a"]), a["degree"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Min_shared_raises_the_bar_and_totals_equal_sql(int minShared)
    {
        var network = await NetworkAsync($"(minShared: {minShared})");
        var shared = await Sql.ScalarAsync(world.App, SharedSql, ("$min", minShared));
        Assert.Equal(shared, ProfilePks(network).Length);
        Assert.Equal(3 + shared, network["totalNodeCount"]!.GetValue<long>());
        if (minShared == 3) Assert.Equal([18L, 19, 20, 21, 22], ProfilePks(network));
    }

    [Fact]
    public async Task The_cap_keeps_the_best_connected_profiles_and_says_how_many_there_were()
    {
        var network = await NetworkAsync("(maxNodes: 8)");
        Assert.True(network["truncated"]!.GetValue<bool>());
        Assert.Equal(8, network["nodes"]!.AsArray().Count);
        Assert.Equal(3 + 16, network["totalNodeCount"]!.GetValue<int>());
        Assert.Equal(37, network["totalEdgeCount"]!.GetValue<int>());
        Assert.Equal([18L, 19, 20, 21, 22], ProfilePks(network)); // degree 3 first
        Assert.All(network["edges"]!.AsArray(), e => Assert.Contains(e!["target"]!.GetValue<string>(),
            network["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Choosing_accounts_limits_the_graph_to_them()
    {
        var network = await NetworkAsync($"(accounts: [\"{world.Ids["net_b"]}\", \"{world.Ids["net_c"]}\"])");
        Assert.Equal([18L, 19, 20, 21, 22], ProfilePks(network));
        Assert.Equal(["net_b", "net_c"], network["nodes"]!.AsArray().Where(n => n!["isTrackedAccount"]!.GetValue<bool>())
            .Select(n => n!["username"]!.GetValue<string>()).ToArray());
    }

    [Theory]
    [InlineData("network(minShared: 0) { totalNodeCount }", "minShared")]
    [InlineData("network(maxNodes: 0) { totalNodeCount }", "maxNodes")]
    [InlineData("network(accounts: [\"UHJvZmlsZTox\"]) { totalNodeCount }", "not a Account")]
    [InlineData("search(text: \"a\", first: 51) { accounts { id } }", "first")]
    public async Task Bad_arguments_are_field_errors(string field, string message)
    {
        var result = await world.App.GraphQL().QueryAsync($"{{ {field} }}");
        Assert.Contains(message, result["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ghost_candidates_leave_out_profiles_seen_under_another_tracked_account()
    {
        var data = await world.App.GraphQL().DataAsync("""
            { account(username: "net_a") { insights { ghostCandidates(minAgeDays: 0, first: 50) { totalCount nodes { pk } } } } }
            """);
        var ghosts = data["account"]!["insights"]!["ghostCandidates"]!;
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i).ToArray(), ghosts["nodes"]!.AsArray().Select(n => n!["pk"]!.GetValue<long>()).ToArray());
        Assert.Equal(9, ghosts["totalCount"]!.GetValue<int>());
    }

    private async Task<JsonNode> SearchAsync(string text, int first = 50) =>
        (await world.App.GraphQL().DataAsync("query($t: String!, $n: Int!) { search(text: $t, first: $n) { accounts { username } profiles { pk username fullName } } }",
            new { t = text, n = first }))["search"]!;

    [Fact]
    public async Task Search_puts_handle_prefix_matches_before_substring_matches()
    {
        var result = await SearchAsync("user_001");
        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"user_{i:D4}").ToArray(), GraphQLClient.Strings(result["profiles"], "username"));

        var bySubstring = await SearchAsync("son 2");
        var expected = await Sql.ScalarAsync(world.App, "SELECT count(*) FROM profiles WHERE lower(full_name) LIKE '%son 2%'");
        Assert.Equal(expected, bySubstring["profiles"]!.AsArray().Count);
        Assert.Contains("Person 2", GraphQLClient.Strings(bySubstring["profiles"], "fullName"));

        var mid = await SearchAsync("er_002");
        Assert.Equal(Enumerable.Range(20, 10).Select(i => $"user_{i:D4}").ToArray(), GraphQLClient.Strings(mid["profiles"], "username").Order().ToArray());

        Assert.Equal(["net_a", "net_b", "net_c"], GraphQLClient.Strings((await SearchAsync("NET_"))["accounts"], "username"));
    }

    [Fact]
    public async Task Search_respects_first_and_short_text_matches_handles_by_prefix()
    {
        Assert.Equal(5, (await SearchAsync("user_", first: 5))["profiles"]!.AsArray().Count);
        var shortText = await SearchAsync("us", first: 3);
        Assert.Equal(["user_0001", "user_0002", "user_0003"], GraphQLClient.Strings(shortText["profiles"], "username"));
        Assert.Empty((await SearchAsync("er", first: 3))["profiles"]!.AsArray()); // two characters: no substring match
        Assert.Empty((await SearchAsync("   "))["profiles"]!.AsArray());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("user_00\"1")]
    [InlineData("user*")]
    [InlineData("NEAR(user son)")]
    [InlineData("-user")]
    [InlineData("user AND son")]
    [InlineData("full_name:son")]
    [InlineData("^user")]
    [InlineData("(((")]
    [InlineData("'; DROP TABLE profiles; --")]
    [InlineData("🌊🌊🌊")]
    public async Task Search_syntax_characters_are_plain_text(string text)
    {
        var result = await SearchAsync(text);
        Assert.Empty(result["profiles"]!.AsArray());
        Assert.Equal(30, await Sql.ScalarAsync(world.App, "SELECT count(*) FROM profiles"));
    }
}
