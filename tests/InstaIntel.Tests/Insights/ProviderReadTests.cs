using System.Net;
using System.Text.Json.Nodes;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Exports;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Insights;

/// <summary>
/// The reads whose SQL each provider has its own form of (search, the network graph, account deletion, follower
/// connections and exports), on SQLite and on PostgreSQL, over the same seeded world as NetworkAndSearchTests:
/// net_a: followers 1–20, following 15–30. net_b: followers 10–25. net_c: following 18–22.
/// </summary>
public sealed class ProviderReadTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private async Task<AppFactory> WorldAsync(DatabaseProvider provider)
    {
        var app = await Databases.AppAsync(provider, postgres);
        await SeededLists.AddAsync(app, "net_a", Range(1, 20), Range(15, 30));
        await SeededLists.AddAsync(app, "net_b", Range(10, 25), []);
        await SeededLists.AddAsync(app, "net_c", null, Range(18, 22));
        return app;
    }

    private static async Task<string[]> SearchAsync(AppFactory app, string text, int first = 50) =>
        GraphQLClient.Strings((await app.GraphQL().DataAsync("query($text: String!, $first: Int!) { search(text: $text, first: $first) { profiles { username } } }",
            new { text, first }))["search"]!["profiles"]!.AsArray(), "username").ToArray();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_matches_handle_prefixes_then_substrings_and_takes_like_characters_literally(DatabaseProvider provider)
    {
        using var app = await WorldAsync(provider);
        await SeededLists.AddAsync(app, "odd_names", [new(901, "per_cent", "Fifty 50% Off"), new(902, "perxcent", "Fifty 50 Off"), new(903, "back\\slash", "B")], null);

        var prefix = await SearchAsync(app, "@USER_001");
        Assert.Equal(Enumerable.Range(10, 10).Select(i => $"user_{i:D4}"), prefix);
        // "son 2" is inside "Person 2" and "Person 20" … "Person 29": substring matches, shortest handle first.
        var substring = await SearchAsync(app, "son 2");
        Assert.Equal(new[] { "user_0002" }.Concat(Enumerable.Range(20, 10).Select(i => $"user_{i:D4}")), substring);
        Assert.Equal(["per_cent"], await SearchAsync(app, "50% off"));
        Assert.Equal(["per_cent"], await SearchAsync(app, "r_ce"));
        Assert.Equal(["back\\slash"], await SearchAsync(app, "k\\s"));
        Assert.Empty(await SearchAsync(app, "%"));
        Assert.Empty(await SearchAsync(app, "r%c"));
        Assert.Equal(3, (await SearchAsync(app, "user_00", first: 3)).Length);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_network_holds_the_profiles_shared_by_two_accounts_with_every_relation(DatabaseProvider provider)
    {
        using var app = await WorldAsync(provider);
        var network = (await app.GraphQL().DataAsync("""
            { network { totalNodeCount totalEdgeCount truncated nodes { id isTrackedAccount pk username degree } edges { source target relation } } }
            """))["network"]!;

        var profiles = network["nodes"]!.AsArray().Where(n => !n!["isTrackedAccount"]!.GetValue<bool>()).ToList();
        Assert.Equal(Enumerable.Range(10, 16).Select(i => (long)i), profiles.Select(n => n!["pk"]!.GetValue<long>()).Order());
        Assert.Equal(3 + 16, network["totalNodeCount"]!.GetValue<int>());
        // 10–14: a, b; 15–17: a, b; 18–22: a, b, c; 23–25: a, b.
        Assert.Equal(5 * 2 + 3 * 2 + 5 * 3 + 3 * 2, network["totalEdgeCount"]!.GetValue<int>());
        Assert.Equal(network["totalEdgeCount"]!.GetValue<int>(), network["edges"]!.AsArray().Count);
        var degree = profiles.ToDictionary(n => n!["pk"]!.GetValue<long>(), n => n!["degree"]!.GetValue<int>());
        Assert.Equal((2, 3, 2), (degree[10], degree[20], degree[25]));

        var ids = network["nodes"]!.AsArray().ToDictionary(n => n!["id"]!.GetValue<string>(), n => n!["username"]!.GetValue<string>());
        string Relation(string account, string user) => network["edges"]!.AsArray()
            .Single(e => ids[e!["source"]!.GetValue<string>()] == account && ids[e["target"]!.GetValue<string>()] == user)!["relation"]!.GetValue<string>();
        Assert.Equal("MUTUAL", Relation("net_a", "user_0018"));
        Assert.Equal("FOLLOWED_BY", Relation("net_a", "user_0010"));
        Assert.Equal("FOLLOWS", Relation("net_a", "user_0025"));
        Assert.Equal("FOLLOWS", Relation("net_c", "user_0020"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_an_account_removes_only_the_profiles_no_one_else_holds(DatabaseProvider provider)
    {
        using var app = await WorldAsync(provider);
        var lonely = await SeededLists.AddAsync(app, "net_d", [Person(5_000_000_001)], [Person(21)]);
        foreach (var username in new[] { "net_d", "net_c" })
        {
            var id = (await app.GraphQL().DataAsync("query($u: String!) { account(username: $u) { id } }", new { u = username }))["account"]!["id"]!.GetValue<string>();
            var payload = await app.GraphQL().DataAsync("mutation($id: ID!) { deleteAccount(input: { accountId: $id }) { deletedAccountId errors { __typename } } }", new { id });
            Assert.Equal(id, payload["deleteAccount"]!["deletedAccountId"]!.GetValue<string>());
        }

        var (profiles, edges) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            return (await db.Profiles.CountAsync(), await db.Followers.CountAsync(e => e.TargetId == lonely.Id) + await db.Following.CountAsync(e => e.TargetId == lonely.Id));
        });
        Assert.Equal((30, 0), (profiles, edges)); // 5,000,000,001 (a pk past 32 bits) went with net_d; 18–22 and 21 are still net_a's and net_b's
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Follower_connections_page_filter_and_count_and_export_the_same_rows(DatabaseProvider provider)
    {
        using var app = await WorldAsync(provider);
        const string Page = """
            query($after: String) { account(username: "net_a") {
              followers(first: 8, after: $after, order: [{ username: DESC }]) { totalCount nodes { username isNew } pageInfo { hasNextPage endCursor } }
              mutuals(where: { username: { contains: "_001" } }) { totalCount }
              notFollowingBack { totalCount } } }
            """;
        var seen = new List<string>();
        string? after = null;
        JsonNode account;
        do
        {
            account = (await app.GraphQL().DataAsync(Page, new { after }))["account"]!;
            var page = account["followers"]!;
            Assert.Equal(20, page["totalCount"]!.GetValue<int>());
            seen.AddRange(GraphQLClient.Strings(page["nodes"]!.AsArray(), "username"));
            Assert.All(page["nodes"]!.AsArray(), n => Assert.False(n!["isNew"]!.GetValue<bool>())); // the first complete crawl is a baseline
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        Assert.Equal(Range(1, 20).Select(p => p.Username).OrderDescending(StringComparer.Ordinal), seen);
        Assert.Equal(5, account["mutuals"]!["totalCount"]!.GetValue<int>()); // of the mutual 15–20, user_0015 … user_0019
        Assert.Equal(10, account["notFollowingBack"]!["totalCount"]!.GetValue<int>());

        using var export = await app.CreateClient().GetAsync("/exports/net_a/mutuals.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = Csv.Parse((await export.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));
        Assert.Equal(Range(15, 20).Select(p => p.Username).Order(StringComparer.Ordinal), rows.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
    }
}
