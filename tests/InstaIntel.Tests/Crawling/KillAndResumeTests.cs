using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Tests.Crawling;

[Trait("Database", "RunDefault")]
public sealed class KillAndResumeTests
{
    [Fact]
    public async Task A_crawl_killed_mid_way_resumes_on_the_next_start_with_no_duplicate_and_no_gap()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        await VaultCredentialStore.In(data).SaveSessionAsync(new InstagramSession(Sessions.Demo, DsUserId: 9_001, Client: SessionClient.App), CancellationToken.None);
        var settings = AppFactory.Crawling(simulator);

        string id;
        using (var first = await ApiProcess.StartAsync(data, settings))
        {
            var start = await first.GraphQL().DataAsync("""mutation { startCrawl(input: { target: "demo_large", following: false }) { crawl { id } } }""");
            id = start["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
            await WaitAsync(first.GraphQL(), id, s => s["followersFetched"]!.GetValue<int>() >= 20_000);
            first.Kill();
        }
        var fetchedAtKill = (await simulator.RequestsAsync())["mobile/followers"];

        using (var second = await ApiProcess.StartAsync(data, settings))
        {
            var done = await WaitAsync(second.GraphQL(), id, s => s["status"]!.GetValue<string>() is "SUCCEEDED" or "FAILED");
            Assert.Equal("SUCCEEDED", done["status"]!.GetValue<string>());
            Assert.Equal(100_000, done["followersTotal"]!.GetValue<int>());
        }

        var expected = new World().Find("demo_large")!.Followers.Select(u => u.Pk).Order().ToArray();
        Assert.Equal(expected, StoredFollowers(data));
        var pages = (await simulator.RequestsAsync())["mobile/followers"];
        Assert.True(fetchedAtKill >= 100, $"the kill came too early to prove anything ({fetchedAtKill} pages)");
        Assert.InRange(pages, 100_000 / 200, 100_000 / 200 + 1); // at most the page in flight at the kill is fetched again
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static long[] StoredFollowers(string data)
    {
        using var connection = Databases.OpenRunDefault(data);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT profile_pk FROM followers WHERE lost_in_crawl_id IS NULL ORDER BY profile_pk";
        using var reader = command.ExecuteReader();
        var pks = new List<long>();
        while (reader.Read()) pks.Add(reader.GetInt64(0));
        return pks.ToArray();
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> WaitAsync(GraphQLClient api, string id, Func<System.Text.Json.Nodes.JsonNode, bool> until)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            var crawl = (await api.DataAsync("query($id: ID!) { crawl(id: $id) { status error followersFetched followersTotal } }", new { id }))["crawl"]!;
            if (until(crawl)) return crawl;
            Assert.True(DateTime.UtcNow < deadline, $"Timed out: {crawl.ToJsonString()}");
            await Task.Delay(20);
        }
    }
}
