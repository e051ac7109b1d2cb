using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Followers;

/// <summary>Followers, following, mutuals, fans and not-following-back through GraphQL over one known world.</summary>
[Trait("Database", "RunDefault")]
public sealed class FollowerViewTests(FollowerViewTests.World world) : IClassFixture<FollowerViewTests.World>
{
    /// <summary>
    /// Followers 1–20, then 5–24 (1–4 lost, 21–24 new). Following 15–30 throughout.
    /// So mutuals are 15–24, fans 5–14, not-following-back 25–30.
    /// </summary>
    public sealed class World : IAsyncLifetime
    {
        public AppFactory App { get; } = new();
        public string Username { get; } = "world_target";

        public async Task InitializeAsync()
        {
            var account = await App.AddAccountAsync(Username);
            await App.CrawlAsync(account.Id, Range(1, 20), Range(15, 30));
            await App.CrawlAsync(account.Id, Range(5, 24), Range(15, 30));
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<JsonNode> ViewAsync(string view, string arguments = "first: 100")
    {
        var data = await world.App.GraphQL().DataAsync($$"""
            query($u: String!) { account(username: $u) { {{view}}({{arguments}}) {
                totalCount nodes { pk username isNew isLost lostAt firstSeenAt profileUrl } } } }
            """, new { u = world.Username });
        return data["account"]![view]!;
    }

    private static long[] Pks(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!["pk"]!.GetValue<long>()).ToArray();

    private static long[] Span(long from, long to) => Enumerable.Range((int)from, (int)(to - from + 1)).Select(i => (long)i).ToArray();

    [Theory]
    [InlineData("followers", 5, 24)]
    [InlineData("following", 15, 30)]
    [InlineData("mutuals", 15, 24)]
    [InlineData("fans", 5, 14)]
    [InlineData("notFollowingBack", 25, 30)]
    public async Task Each_view_lists_exactly_its_present_profiles(string view, long from, long to)
    {
        var connection = await ViewAsync(view);
        Assert.Equal(Span(from, to), Pks(connection));
        Assert.Equal(to - from + 1, connection["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task New_followers_are_those_first_seen_in_the_latest_crawl()
    {
        var connection = await ViewAsync("followers", "first: 100, where: { isNew: { eq: true } }");
        Assert.Equal(Span(21, 24), Pks(connection));
    }

    [Fact]
    public async Task Nobody_is_new_in_an_accounts_first_complete_crawl()
    {
        using var app = new AppFactory(); // its own world, so the shared one's counts stay as they are
        var account = await app.AddAccountAsync("baseline_only");
        await app.CrawlAsync(account.Id, Range(100, 119), Range(110, 129));
        var data = await app.GraphQL().DataAsync("""
            { account(username: "baseline_only") {
                followers(where: { isNew: { eq: true } }) { totalCount }
                following(where: { isNew: { eq: true } }) { totalCount }
                insights { followBack { newFollowers } }
                timeline { newFollowers newFollowing }
                crawls { nodes { followersNew followingNew } } } }
            """);
        var a = data["account"]!;
        Assert.Equal(0, a["followers"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, a["following"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, a["insights"]!["followBack"]!["newFollowers"]!.GetValue<int>());
        Assert.Equal("""[{"newFollowers":0,"newFollowing":0}]""", a["timeline"]!.ToJsonString());
        Assert.Equal("""[{"followersNew":0,"followingNew":0}]""", a["crawls"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task Lost_followers_appear_only_when_the_filter_asks_for_them()
    {
        var lost = await ViewAsync("followers", "first: 100, where: { isLost: { eq: true } }");
        Assert.Equal(Span(1, 4), Pks(lost));
        Assert.All(lost["nodes"]!.AsArray(), n => Assert.NotNull(n!["lostAt"]));

        var everyone = await ViewAsync("followers", "first: 100, where: { or: [{ isLost: { eq: true } }, { isLost: { eq: false } }] }");
        Assert.Equal(Span(1, 24), Pks(everyone));
    }

    [Fact]
    public async Task Nodes_carry_the_profile_url_and_global_id()
    {
        var data = await world.App.GraphQL().DataAsync("""
            query($u: String!) { account(username: $u) { followers(first: 1) { nodes { id username profileUrl } } } }
            """, new { u = world.Username });
        var node = data["account"]!["followers"]!["nodes"]![0]!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", (await ViewAsync("followers", "first: 1"))["nodes"]![0]!["firstSeenAt"]!.GetValue<string>());
        Assert.Equal($"https://www.instagram.com/{node["username"]}/", node["profileUrl"]!.GetValue<string>());

        var profile = await world.App.GraphQL().DataAsync("query($id: ID!) { node(id: $id) { ... on Profile { username } } }", new { id = node["id"]!.GetValue<string>() });
        Assert.Equal(node["username"]!.GetValue<string>(), profile["node"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_timeline_has_a_point_per_complete_crawl()
    {
        var data = await world.App.GraphQL().DataAsync("""
            query($u: String!) { account(username: $u) { timeline { followerCount followingCount newFollowers lostFollowers } } }
            """, new { u = world.Username });
        var points = data["account"]!["timeline"]!.AsArray();
        Assert.Equal(2, points.Count);
        Assert.Equal("""{"followerCount":20,"followingCount":16,"newFollowers":0,"lostFollowers":0}""", points[0]!.ToJsonString());
        Assert.Equal("""{"followerCount":20,"followingCount":16,"newFollowers":4,"lostFollowers":4}""", points[1]!.ToJsonString());
    }

    [Fact]
    public async Task The_dashboard_counts_what_is_stored()
    {
        var data = await world.App.GraphQL().DataAsync("{ dashboard { trackedAccounts totalProfiles totalEdges lastRunAt } }");
        var dashboard = data["dashboard"]!;
        Assert.Equal(1, dashboard["trackedAccounts"]!.GetValue<int>());
        Assert.Equal(30, dashboard["totalProfiles"]!.GetValue<int>());
        Assert.Equal(24 + 16, dashboard["totalEdges"]!.GetValue<long>());
        Assert.NotNull(dashboard["lastRunAt"]);
    }
}
