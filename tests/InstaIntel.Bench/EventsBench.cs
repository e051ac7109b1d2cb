using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace InstaIntel.Bench;

/// <summary>
/// Realtime under load: one crawl of demo_large's followers watched by 200 graphql-transport-ws subscribers. Lag is
/// the time from the server publishing an update (its `at`) to a subscriber reading it; throughput is the crawl's own
/// profiles per second between its start and end, against the same crawl with nobody watching.
/// </summary>
public static class EventsBench
{
    private const int Subscribers = 200;

    public static async Task<bool> RunAsync(string repoRoot, string root)
    {
        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        Console.WriteLine();
        Console.WriteLine($"5. Realtime: {Subscribers} subscribers on one crawl of demo_large's followers");

        var alone = await CrawlAsync(repoRoot, apiDll, CrawlBench.Folder(root, "events-alone"), subscribers: 0);
        var watched = await CrawlAsync(repoRoot, apiDll, CrawlBench.Folder(root, "events-watched"), Subscribers);
        var lags = watched.Lags.Order().ToArray();
        var ratio = watched.Rate / alone.Rate;
        Console.WriteLine($"   updates received          {lags.Length:N0} ({lags.Length / Subscribers:N0} per subscriber)");
        Console.WriteLine($"   lag publish → client      p50 {Percentile(lags, 0.50):F1} ms, p99 {Percentile(lags, 0.99):F1} ms, max {lags.LastOrDefault():F1} ms");
        Console.WriteLine($"   crawl rate alone          {alone.Rate,8:N0} profiles/s");
        Console.WriteLine($"   crawl rate watched        {watched.Rate,8:N0} profiles/s");
        Console.WriteLine($"   ratio watched/alone       {ratio,8:F2}x");
        Program.Goal("throughput with subscribers ≥ 0.9 of without", ratio >= 0.9);
        Program.Goal("every subscriber saw the crawl end", watched.Completed == Subscribers);
        return watched.Completed == Subscribers;
    }

    private sealed record Run(double Rate, List<double> Lags, int Completed);

    private static async Task<Run> CrawlAsync(string repoRoot, string apiDll, string data, int subscribers)
    {
        await using var sim = await CrawlBench.SimulatorAsync(_ => { });
        await using var api = await CrawlBench.StartApiAsync(repoRoot, apiDll, data, sim, 1_000_000);
        var id = await CrawlBench.StartCrawlAsync(api, "demo_large", followingToo: false);
        var lags = new List<double>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var watchers = new List<Task<bool>>();
        for (var i = 0; i < subscribers; i++) watchers.Add(WatchAsync(api.BaseAddress, id, lags, stop.Token));
        var completed = (await Task.WhenAll(watchers)).Count(ended => ended);
        await CrawlBench.WaitAsync(api, id, s => s["status"]!.GetValue<string>() is "SUCCEEDED" or "FAILED" or "CANCELLED");

        var crawl = (await CrawlBench.QueryAsync(api, "query($id: ID!) { crawl(id: $id) { followersFetched startedAt finishedAt } }", new { id }))["crawl"]!;
        var seconds = (crawl["finishedAt"]!.GetValue<DateTime>() - crawl["startedAt"]!.GetValue<DateTime>()).TotalSeconds;
        return new Run(crawl["followersFetched"]!.GetValue<int>() / seconds, lags, completed);
    }

    /// <summary>Subscribes to the crawl's progress until it ends; records each update's lag. True when the end arrived.</summary>
    private static async Task<bool> WatchAsync(Uri api, string crawlId, List<double> lags, CancellationToken ct)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(new Uri(api, "graphql")) { Scheme = "ws" }.Uri, ct);
        await SendAsync(socket, new JsonObject { ["type"] = "connection_init" }, ct);
        await SendAsync(socket, new JsonObject
        {
            ["type"] = "subscribe",
            ["id"] = "1",
            ["payload"] = new JsonObject
            {
                ["query"] = "subscription($id: ID!) { crawlProgress(crawlId: $id) { state fetched at } }",
                ["variables"] = new JsonObject { ["id"] = crawlId },
            },
        }, ct);
        var buffer = new byte[16 * 1024];
        var mine = new List<double>();
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, ct);
                    message.Write(buffer, 0, result.Count);
                } while (!result.EndOfMessage);
                var received = DateTime.UtcNow;
                if (result.MessageType == WebSocketMessageType.Close) return false;

                var json = JsonNode.Parse(message.ToArray())!;
                var type = json["type"]!.GetValue<string>();
                if (type == "complete") return true;
                if (type != "next") continue;
                var progress = json["payload"]!["data"]!["crawlProgress"]!;
                mine.Add((received - progress["at"]!.GetValue<DateTime>()).TotalMilliseconds);
                if (progress["state"]!.GetValue<string>() is "SUCCEEDED" or "FAILED" or "CANCELLED") return true;
            }
        }
        finally
        {
            lock (lags) lags.AddRange(mine);
        }
    }

    private static Task SendAsync(ClientWebSocket socket, JsonObject message, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, ct);

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
