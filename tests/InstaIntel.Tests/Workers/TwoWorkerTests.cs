using System.Data.Common;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Security;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace InstaIntel.Tests.Workers;

/// <summary>
/// Two `--role worker` processes and an `--role api` process on one database, crawling the simulator over HTTP. No
/// Redis: the workers find crawls by claiming them from the database (polling), which is all they need to share.
/// </summary>
public sealed partial class TwoWorkerTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly string[] Targets = ["demo_large", "demo_small", "demo_private", "demo_growth"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Two_workers_run_each_crawl_once_and_one_killed_mid_crawl_has_its_crawl_finished_by_the_other(DatabaseProvider provider)
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        await VaultCredentialStore.In(data).SaveSessionAsync(new InstagramSession(Sessions.Demo, DsUserId: 9_001, Client: SessionClient.App), CancellationToken.None);
        var settings = await Databases.SettingsAsync(provider, postgres, AppFactory.Crawling(simulator));
        settings["Workers:LeaseTime"] = "00:10:00"; // no live worker loses a lease to a slow machine; the dead one's is ended below
        settings["Workers:PollEvery"] = "00:00:00.300";

        using var api = await ApiProcess.StartAsync(data, new Dictionary<string, string>(settings) { ["role"] = "api" });
        var workers = new Dictionary<string, ApiProcess>();
        foreach (var name in new[] { "worker-a", "worker-b" })
            workers[name] = await ApiProcess.StartAsync(data, new Dictionary<string, string>(settings) { ["role"] = "worker", ["Workers:Name"] = name });
        try
        {
            var graphql = api.GraphQL();
            var ids = new Dictionary<string, long>();
            foreach (var target in Targets)
            {
                var start = await graphql.DataAsync("mutation($t: String!) { startCrawl(input: { target: $t, following: false }) { crawl { id } } }", new { t = target });
                ids[target] = InstaIntel.Api.GraphQL.Relay.GlobalId.Expect(start["startCrawl"]!["crawl"]!["id"]!.GetValue<string>(), "Crawl");
            }

            // Kill the worker that runs demo_large a fifth of the way in, as a power cut would.
            var large = GlobalId(ids["demo_large"]);
            await WaitAsync(graphql, large, s => s["followersFetched"]!.GetValue<int>() >= 20_000);
            var holder = await HolderAsync(provider, settings, data, ids["demo_large"]);
            Assert.NotNull(holder);
            workers[holder].Kill();
            var survivor = workers.Keys.Single(k => k != holder);
            // Ten minutes on, as far as the dead worker's leases go.
            await ExecuteAsync(provider, settings, data, "UPDATE crawls SET lease_until = @past WHERE claimed_by = @holder",
                ("@past", DateTime.SpecifyKind(DateTime.UtcNow.AddMinutes(-1), DateTimeKind.Utc)), ("@holder", holder));

            foreach (var target in Targets)
            {
                var done = await WaitAsync(graphql, GlobalId(ids[target]), s => s["status"]!.GetValue<string>() is not ("QUEUED" or "RUNNING"), seconds: 240);
                Assert.Equal((target, "SUCCEEDED"), (target, done["status"]!.GetValue<string>()));
            }
            var largeDone = await WaitAsync(graphql, large, _ => true);
            Assert.Equal(100_000, largeDone["followersTotal"]!.GetValue<int>());
            var world = new World();
            foreach (var target in new[] { "demo_large", "demo_small", "demo_private" })
                Assert.Equal(world.Find(target)!.Followers.Select(u => u.Pk).Order().ToArray(), await FollowersAsync(provider, settings, data, target));

            // Each crawl claimed by one worker only; demo_large taken over by the survivor once the dead worker's lease ran out.
            var claimed = workers.ToDictionary(w => w.Key, w => Claimed().Matches(w.Value.Output).Select(m => long.Parse(m.Groups[1].Value)).ToList());
            Assert.Equal(ids.Values.Order(), claimed.Values.SelectMany(c => c).Order());
            Assert.Contains(ids["demo_large"], claimed[holder]);
            Assert.Contains($"Worker {survivor} takes over crawl {ids["demo_large"]} from worker {holder}, whose lease ran out", workers[survivor].Output);
            Assert.All(new[] { "demo_small", "demo_private", "demo_growth" }, t => Assert.Contains(ids[t], claimed[survivor]));
            Assert.Equal(1, await CrawlsPerAccountAsync(provider, settings, data));
        }
        finally
        {
            foreach (var worker in workers.Values) worker.Dispose();
            api.Dispose();
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_crawl_cancelled_on_an_api_with_no_redis_to_the_worker_is_let_go_at_the_workers_next_renewal()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        await VaultCredentialStore.In(data).SaveSessionAsync(new InstagramSession(Sessions.Demo, DsUserId: 9_001, Client: SessionClient.App), CancellationToken.None);
        var settings = AppFactory.Crawling(simulator);
        settings["Workers:LeaseTime"] = "00:00:03";
        settings["Workers:PollEvery"] = "00:00:00.300";
        settings["Instagram:RateLimitPause"] = "00:02:00"; // the worker sleeps through the rate limit, hearing nothing
        using var api = await ApiProcess.StartAsync(data, new Dictionary<string, string>(settings) { ["role"] = "api" });
        using var worker = await ApiProcess.StartAsync(data, new Dictionary<string, string>(settings) { ["role"] = "worker" });
        try
        {
            await simulator.InjectAsync(FaultKind.RateLimited, "mobile:/api/v1/friendships", count: 1);
            var graphql = api.GraphQL();
            var start = await graphql.DataAsync("""mutation { startCrawl(input: { target: "demo_small", following: false }) { crawl { id } } }""");
            var id = start["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
            await WaitAsync(graphql, id, s => s["status"]!.GetValue<string>() == "PAUSED_RATE_LIMITED");

            // The request cannot reach the worker: after its wait the API ends the crawl in the database itself.
            var cancelled = await graphql.DataAsync("mutation($id: ID!) { cancelCrawl(input: { crawlId: $id }) { crawl { status } } }", new { id });
            Assert.Equal("CANCELLED", cancelled["cancelCrawl"]!["crawl"]!["status"]!.GetValue<string>());
            var crawlId = InstaIntel.Api.GraphQL.Relay.GlobalId.Expect(id, "Crawl");
            // Heard at a renewal (every second); the deadlines leave a loaded machine room.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!worker.Output.Contains($"Crawl {crawlId} was cancelled; worker") && DateTime.UtcNow < deadline) await Task.Delay(100);
            Assert.Contains($"Crawl {crawlId} was cancelled; worker", worker.Output);
            deadline = DateTime.UtcNow.AddSeconds(60);
            while (await HolderAsync(DatabaseProvider.Sqlite, settings, data, crawlId) is not null && DateTime.UtcNow < deadline) await Task.Delay(100);
            Assert.Null(await HolderAsync(DatabaseProvider.Sqlite, settings, data, crawlId));
            Assert.Equal("CANCELLED", (await WaitAsync(graphql, id, _ => true))["status"]!.GetValue<string>());
        }
        finally
        {
            worker.Dispose();
            api.Dispose();
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [GeneratedRegex(@"Worker worker-[ab] claimed crawl (\d+) ")]
    private static partial Regex Claimed();

    private static string GlobalId(long id) => InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Crawl", id);

    private static async Task<JsonNode> WaitAsync(GraphQLClient api, string id, Func<JsonNode, bool> until, int seconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var crawl = (await api.DataAsync("query($id: ID!) { crawl(id: $id) { status error followersFetched followersTotal } }", new { id }))["crawl"]!;
            if (until(crawl)) return crawl;
            Assert.True(DateTime.UtcNow < deadline, $"Timed out: {crawl.ToJsonString()}");
            await Task.Delay(50);
        }
    }

    private static DbConnection Open(DatabaseProvider provider, Dictionary<string, string> settings, string data, bool write = false)
    {
        DbConnection connection = provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(settings["Database:ConnectionString"])
            : new SqliteConnection($"Data Source={DatabaseSetup.DatabasePath(data)};Mode={(write ? "ReadWrite" : "ReadOnly")};Pooling=False;Default Timeout=30");
        connection.Open();
        return connection;
    }

    private static DbCommand Command(DbConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            (p.ParameterName, p.Value) = (name, value);
            command.Parameters.Add(p);
        }
        return command;
    }

    private static async Task ExecuteAsync(DatabaseProvider provider, Dictionary<string, string> settings, string data, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open(provider, settings, data, write: true);
        await using var command = Command(connection, sql, parameters);
        Assert.NotEqual(0, await command.ExecuteNonQueryAsync());
    }

    private static async Task<List<object?>> QueryAsync(DatabaseProvider provider, Dictionary<string, string> settings, string data, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open(provider, settings, data);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<object?>();
        while (await reader.ReadAsync()) values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0));
        return values;
    }

    private static async Task<string?> HolderAsync(DatabaseProvider provider, Dictionary<string, string> settings, string data, long crawlId) =>
        (string?)(await QueryAsync(provider, settings, data, "SELECT claimed_by FROM crawls WHERE id = @id", ("@id", crawlId))).Single();

    private static async Task<long[]> FollowersAsync(DatabaseProvider provider, Dictionary<string, string> settings, string data, string username) =>
        (await QueryAsync(provider, settings, data,
            "SELECT f.profile_pk FROM followers f JOIN accounts a ON a.id = f.target_id WHERE a.username = @u AND f.lost_in_crawl_id IS NULL ORDER BY f.profile_pk",
            ("@u", username))).Select(Convert.ToInt64).ToArray();

    private static async Task<long> CrawlsPerAccountAsync(DatabaseProvider provider, Dictionary<string, string> settings, string data) =>
        (await QueryAsync(provider, settings, data, "SELECT COUNT(*) FROM crawls GROUP BY account_id ORDER BY COUNT(*) DESC LIMIT 1")).Select(Convert.ToInt64).Single();
}
