using InstaIntel.Api.Crawling;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using InstaIntel.Tests.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Companion;

/// <summary>Whole browser crawls, the test acting as the extension over GraphQL: they end as server crawls end.</summary>
public sealed class BrowserCrawlTests
{
    private const string CrawlFields = "status source followersTotal followersNew followersLost followingTotal followingNew followingLost completeness";

    [Fact]
    public async Task A_browser_crawl_read_page_by_page_completes_and_a_second_one_finds_the_same_new_and_lost_as_a_server_crawl()
    {
        using var world = new TokenWorld();
        var extension = await new Companion(world).PairedAsync();
        List<ProfileData> followers = [.. People.Range(1, 30)], following = [.. People.Range(21, 45)];

        var first = await extension.StartAsync("target");
        var queued = await extension.QueryAsync("{ crawls(where: { source: { eq: BROWSER }, status: { in: [QUEUED, RUNNING, PAUSED_RATE_LIMITED] } }) { nodes { id target status } } }");
        Assert.Equal(first, queued["data"]!["crawls"]!["nodes"]![0]!["id"]!.GetValue<string>());

        var claim = await extension.ClaimAsync(first);
        Assert.Equal("RUNNING", claim["crawl"]!["status"]!.GetValue<string>());
        Assert.Null(claim["plan"]!["targetPk"]);
        Assert.Equal(12, claim["plan"]!["pageSize"]!.GetValue<int>());
        Assert.Equal(["FOLLOWERS", "FOLLOWING"], claim["plan"]!["lists"]!.AsArray().Select(l => l!["list"]!.GetValue<string>()));
        Assert.All(claim["plan"]!["lists"]!.AsArray(), l => Assert.Null(l!["cursor"]));

        var halfway = await extension.SubmitListAsync(first, "FOLLOWERS", followers, targetPk: "900");
        Assert.Equal("RUNNING", halfway["progress"]!["status"]!.GetValue<string>());
        Assert.Equal(30, halfway["progress"]!["fetched"]!.GetValue<int>());
        var done = await extension.SubmitListAsync(first, "FOLLOWING", following);
        Assert.Equal("SUCCEEDED", done["progress"]!["status"]!.GetValue<string>());
        Assert.Equal(100, done["progress"]!["percent"]!.GetValue<double>());

        // People gone and new: the browser crawl and a server crawl of a twin account see the same change.
        List<ProfileData> followersLater = [.. People.Range(4, 30), .. People.Range(46, 49)], followingLater = [.. People.Range(21, 43)];
        var second = await extension.StartAsync("target");
        var resumed = await extension.ClaimAsync(second);
        Assert.Equal("900", resumed["plan"]!["targetPk"]!.GetValue<string>());
        await extension.SubmitListAsync(second, "FOLLOWERS", followersLater);
        await extension.SubmitListAsync(second, "FOLLOWING", followingLater);
        var browser = (await extension.QueryAsync($"query($id: ID!) {{ node(id: $id) {{ ... on Crawl {{ {CrawlFields} }} }} }}", new { id = second }))["data"]!["node"]!;

        var twin = await world.App.AddAccountAsync("twin");
        await world.App.CrawlAsync(twin.Id, followers, following);
        var server = await world.App.CrawlAsync(twin.Id, followersLater, followingLater);
        Assert.Equal("BROWSER", browser["source"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", browser["status"]!.GetValue<string>());
        Assert.Equal((server.FollowersTotal, server.FollowersNew, server.FollowersLost), (Int(browser, "followersTotal"), Int(browser, "followersNew"), Int(browser, "followersLost")));
        Assert.Equal((server.FollowingTotal, server.FollowingNew, server.FollowingLost), (Int(browser, "followingTotal"), Int(browser, "followingNew"), Int(browser, "followingLost")));
        Assert.Equal((4, 3), (server.FollowersNew, server.FollowersLost));
        Assert.Equal(1.0, browser["completeness"]!.GetValue<double>());

        var lost = await extension.QueryAsync("""{ account(username: "target") { followers(where: { isLost: { eq: true } }) { nodes { username } } } }""");
        Assert.Equal(["user_0001", "user_0002", "user_0003"], lost["data"]!["account"]!["followers"]!["nodes"]!.AsArray().Select(n => n!["username"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task The_crawl_workers_leave_a_queued_browser_crawl_unclaimed()
    {
        using var world = new TokenWorld();
        var extension = await new Companion(world).PairedAsync();
        var id = await extension.StartAsync("target");
        var key = Key(id);
        var crawls = world.App.Services.GetRequiredService<CrawlClaims>();

        var claimed = await crawls.ClaimNextAsync([key], CancellationToken.None);

        Assert.True(claimed is null || claimed.CrawlId != key);
        var crawl = await world.App.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.AsNoTracking().SingleAsync(c => c.Id == key));
        Assert.Equal((CrawlStatus.Queued, null), (crawl.Status, crawl.ClaimedBy));
    }

    public static long Key(string id) => Api.GraphQL.Relay.GlobalId.KeyOf(id, CrawlType.TypeName)!.Value;

    private static int? Int(System.Text.Json.Nodes.JsonNode node, string field) => node[field]?.GetValue<int>();
}
