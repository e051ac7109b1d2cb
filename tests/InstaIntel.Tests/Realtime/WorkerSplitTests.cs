using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Tests.Realtime;

[Trait("Database", "RunDefault")]
public sealed class WorkerSplitTests
{
    [Fact]
    public async Task A_crawl_run_by_a_worker_streams_its_progress_to_a_subscriber_on_the_api_over_redis()
    {
        using var redis = await RedisServer.StartAsync();
        await using var simulator = await SimulatorHost.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        await VaultCredentialStore.In(data).SaveSessionAsync(new InstagramSession(Sessions.Demo, DsUserId: 9_001, Client: SessionClient.App), CancellationToken.None);
        var settings = AppFactory.Crawling(simulator);
        settings["Redis"] = redis.ConnectionString;

        using var api = await ApiProcess.StartAsync(data, new Dictionary<string, string>(settings) { ["role"] = "api" });
        var start = await api.GraphQL().DataAsync("""mutation { startCrawl(input: { target: "demo_small" }) { crawl { id } } }""");
        var id = start["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
        // No worker runs yet: the subscriber is listening (its first message is the queued state) before the crawl starts.
        ApiProcess? worker = null;
        List<JsonNode> progress;
        try
        {
            progress = await SubscribeToEndAsync(api.Url, id, async () =>
                worker = await ApiProcess.StartAsync(data, new Dictionary<string, string>(settings) { ["role"] = "worker" }));
        }
        catch
        {
            worker?.Dispose();
            throw;
        }
        using var startedWorker = worker!;

        Assert.Equal("QUEUED", progress[0]["state"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", progress[^1]["state"]!.GetValue<string>());
        Assert.Equal(2000, progress[^1]["fetched"]!.GetValue<int>());
        Assert.True(progress.Count >= 3, $"only {progress.Count} progress messages reached the API");
        Assert.True((await simulator.RequestsAsync())["mobile/followers"] > 0); // the demo account is an app session

        var worksOnlyJobs = await new HttpClient().GetAsync(startedWorker.Url + "/graphql?query={__typename}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, worksOnlyJobs.StatusCode);
        api.Dispose();
        startedWorker.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    /// <summary>Every progress message of the crawl, to its end; <paramref name="onceListening"/> runs when the first has come.</summary>
    private static async Task<List<JsonNode>> SubscribeToEndAsync(string apiUrl, string crawlId, Func<Task> onceListening)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new Uri(apiUrl.Replace("http", "ws") + "/graphql"), CancellationToken.None);
        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" });
        await SendAsync(socket, new JsonObject
        {
            ["type"] = "subscribe",
            ["id"] = "p",
            ["payload"] = new JsonObject
            {
                ["query"] = "subscription($id: ID!) { crawlProgress(crawlId: $id) { state fetched } }",
                ["variables"] = new JsonObject { ["id"] = crawlId },
            },
        });

        var progress = new List<JsonNode>();
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, timeout.Token);
            var message = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, received.Count))!;
            switch (message["type"]!.GetValue<string>())
            {
                case "next":
                    progress.Add(message["payload"]!["data"]!["crawlProgress"]!);
                    if (progress.Count == 1) await onceListening();
                    break;
                case "complete": return progress;
                case "error": throw new InvalidOperationException(message.ToJsonString());
            }
        }
    }

    private static Task SendAsync(ClientWebSocket socket, JsonObject message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
}
