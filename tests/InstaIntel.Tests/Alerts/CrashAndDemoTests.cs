using System.Text.Json.Nodes;
using InstaIntel.Api.Security;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Tests.Alerts;

/// <summary>The API as its own process in demo mode (the simulator's demo session), killed outright between commit and send.</summary>
[Trait("Database", "RunDefault")]
public sealed class CrashAndDemoTests
{
    private const string NtfyToken = "tk_demo_secret_4411";
    private const string WebhookSecret = "whsec_demo_secret_9920";

    [Fact]
    public async Task Demo_growth_crawled_twice_delivers_one_message_per_channel_exactly_once_across_a_kill_and_restarts()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        await using var receiver = await HttpReceiver.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var settings = Settings(simulator);
        settings["Alerts:Deliver"] = "false"; // the crawl's end is committed; the kill comes before anything is sent
        var output = "";

        using (var first = await ApiProcess.StartAsync(data, settings))
        {
            var api = first.GraphQL();
            await AlertApi.AddChannelAsync(api, new { name = "ntfy", kind = "NTFY", url = receiver.Url + "/ntfy", secret = NtfyToken });
            await AlertApi.AddChannelAsync(api, new { name = "hook", kind = "WEBHOOK", url = receiver.Url + "/hook", secret = WebhookSecret });
            await CrawlAsync(api, "demo_growth");
            await CrawlAsync(api, "demo_growth");
            first.Kill();
            output += first.Output;
        }
        Assert.Empty(receiver.Requests);

        settings["Alerts:Deliver"] = "true";
        using (var second = await ApiProcess.StartAsync(data, settings))
        {
            var requests = await receiver.WaitForAsync(2);
            var ntfy = requests.Single(r => r.PathAndQuery == "/ntfy");
            Assert.Matches(@"^@demo_growth: \d+ unfollowed", ntfy.Headers["Title"]);
            Assert.StartsWith("Unfollowed @demo_growth: @", ntfy.Body);
            Assert.Equal("Bearer " + NtfyToken, ntfy.Headers["Authorization"]);
            Assert.Contains("@demo_growth", requests.Single(r => r.PathAndQuery == "/hook").Body);
            var log = await AlertApi.EventuallyAsync(() => AlertApi.DeliveriesAsync(second.GraphQL()), l => l.All(d => d!["status"]!.GetValue<string>() == "SENT"));
            Assert.Equal(["SENT", "SENT"], log.Select(d => d!["status"]!.GetValue<string>()));
            second.Kill();
            output += second.Output;
        }
        using (var third = await ApiProcess.StartAsync(data, settings))
        {
            await AlertOnDiskLowAsync(third.GraphQL()); // sent after anything the restarted worker would send again
            await receiver.WaitForAsync(4);
            output += third.Output;
        }
        Assert.Equal(2, receiver.Requests.Count(r => r.Body.Contains("@demo_growth")));
        Assert.Equal(2, receiver.Requests.Count(r => r.Body.Contains("free on the disk")));

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(data, "*", SearchOption.AllDirectories))
        {
            var bytes = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain(NtfyToken, bytes);
            Assert.DoesNotContain(WebhookSecret, bytes);
        }
        Assert.True(File.Exists(Path.Combine(data, Vault.FileName)));
        Assert.DoesNotContain(NtfyToken, output);
        Assert.DoesNotContain(WebhookSecret, output);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task An_expired_demo_session_produces_one_session_needs_attention_message()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        await using var receiver = await HttpReceiver.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        using var api = await ApiProcess.StartAsync(data, Settings(simulator));
        var client = api.GraphQL();
        await AlertApi.AddChannelAsync(client, new { name = "ntfy", kind = "NTFY", url = receiver.Url + "/ntfy" });
        await simulator.InjectAsync(FaultKind.LoginRequired, "", count: 1_000);

        var first = await StartAsync(client, "demo_small");
        await WaitForStatusAsync(client, first, "PAUSED_NEEDS_SESSION");

        var message = Assert.Single(await receiver.WaitForAsync(1));
        await AlertOnDiskLowAsync(client); // its event comes after any other the pause recorded, and is sent after them
        await receiver.WaitForAsync(2);
        Assert.Single(receiver.Requests, r => r.Headers["Title"] == "Instagram session needs attention");
        Assert.Equal("Instagram session needs attention", message.Headers["Title"]);
        var log = await AlertApi.DeliveriesAsync(client);
        Assert.Single(log, d => d!["title"]!.GetValue<string>() == "Instagram session needs attention");
        api.Kill();
        SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    private static Dictionary<string, string> Settings(SimulatorHost simulator)
    {
        var settings = AppFactory.Crawling(simulator);
        settings["Instagram:Demo"] = "true";
        settings["Instagram:SimulatorUrl"] = simulator.Url;
        foreach (var (key, value) in AlertApi.QuickDelivery()) settings[key] = value;
        settings["Alerts:DiskCheckEvery"] = "00:00:00";
        return settings;
    }

    /// <summary>
    /// Sets the disk-low alert above any disk's free space: the worker's next round records and sends it, a positive
    /// sign that the rounds before it are over.
    /// </summary>
    private static async Task AlertOnDiskLowAsync(GraphQLClient api)
    {
        var set = await api.DataAsync("""
            mutation { setGlobalAlertRules(input: { sessionProblems: true, backupFailed: true, diskLowMiB: 2147483647, digestHourUtc: 8 }) { errors { __typename } } }
            """);
        Assert.Null(set["setGlobalAlertRules"]!["errors"]);
    }

    private static async Task<string> StartAsync(GraphQLClient api, string target)
    {
        var data = await api.DataAsync("mutation($t: String!) { startCrawl(input: { target: $t, following: false }) { crawl { id } errors { ... on Error { message } } } }", new { t = target });
        return data["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
    }

    private static async Task CrawlAsync(GraphQLClient api, string target) => await WaitForStatusAsync(api, await StartAsync(api, target), "SUCCEEDED");

    private static async Task WaitForStatusAsync(GraphQLClient api, string id, string status)
    {
        var crawl = await AlertApi.EventuallyAsync(
            async () => (await api.DataAsync("query($id: ID!) { crawl(id: $id) { status error } }", new { id }))["crawl"]!,
            s => s["status"]!.GetValue<string>() == status, TimeSpan.FromSeconds(60));
        Assert.True(crawl["status"]!.GetValue<string>() == status, crawl.ToJsonString());
    }
}
