using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;
using InstaIntel.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Bench;

/// <summary>
/// Crawl efficiency against the simulator over HTTP: requests spent on demo_large's followers through each source,
/// by a session of the client it belongs to, against that source's floor (100,000 at its page size, plus the session
/// check and the profile lookup); the same requests at the default pacing on a simulated clock (hours, busiest
/// windows, how even the gaps are, whether the simulated detector fires); pages fetched twice after a kill; and how
/// well pacing uses a rate window without hitting it.
/// </summary>
public static class CrawlBench
{
    private const int LargeFollowers = 100_000;

    public static async Task<bool> RunAsync(string repoRoot, string root)
    {
        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        Console.WriteLine();
        Console.WriteLine("4. Crawling the simulator");

        var perSource = true;
        var detectorQuiet = true;
        var withinLimits = true;
        // Unpaced to count requests; the detector judges pacing, so it is judged below, at the default pacing.
        foreach (var (source, client, page, legacyLists) in new[]
        {
            (FollowSource.WebApi, SessionClient.Browser, 12, false), (FollowSource.MobileApi, SessionClient.App, 200, false),
            (FollowSource.MobileGraphql, SessionClient.App, new SimulatorOptions().AppGraphQLPageSize, false), (FollowSource.WebGraphql, SessionClient.Browser, 50, true),
        })
        {
            await using var generous = await SimulatorAsync(o => { o.LegacyHashesServeLists = legacyLists; o.Detector.Enabled = false; });
            var requests = await CrawlAsync(repoRoot, apiDll, Folder(root, "crawl-" + source), generous, "demo_large", followingToo: false, unpaced: true, client,
                extra: $"--Instagram:Sources:0={source}");
            var floor = 2 + (int)Math.Ceiling(LargeFollowers / (double)page);
            Console.WriteLine($"   demo_large followers via {source,-13} ({client} session): {requests.Total,5} requests ({requests.List} list pages); floor {floor} (check + profile + 100,000 / {page})  ratio {requests.Total / (double)floor:F2}x");
            perSource &= requests.Total == floor;

            var pacing = new PacingOptions();
            var schedule = PacedScheduleBench.Run(source, requests.Total, page, seed: 42);
            var window = pacing.WindowOf(source);
            var tenMinutes = Math.Min(pacing.RequestsPerMinute * 10, window.Window <= TimeSpan.FromMinutes(10) ? window.Requests : int.MaxValue);
            Console.WriteLine($"      at the default pacing (simulated clock): {schedule.Duration.TotalHours,6:F1} h; busiest 10 min {schedule.Busiest10Minutes} "
                + $"(limits: {pacing.RequestsPerMinute}/min, {window.Requests} per {window.Window.TotalMinutes:0} min on the surface); busiest 24 h {schedule.Busiest24Hours} "
                + $"(daily cap {pacing.DailyCap}); gaps while reading vary by {schedule.GapVariation:F2} (CV), {schedule.Rests} rests for a full window; detector fired {schedule.DetectorFired}");
            detectorQuiet &= schedule.DetectorFired == 0;
            withinLimits &= schedule.Busiest10Minutes <= Math.Min(pacing.RequestsPerMinute * 10, window.Requests) && schedule.Busiest24Hours <= pacing.DailyCap;
        }
        Program.Goal("each source spends exactly its floor", perSource);
        Program.Goal("at the default pacing no 10-minute or 24-hour window goes over its limit", withinLimits);
        Program.Goal("the simulated detector never fires at the default pacing", detectorQuiet);

        await using var again = await SimulatorAsync(_ => { });
        var refetched = await KillAndResumeAsync(repoRoot, apiDll, Folder(root, "kill"), again);
        Console.WriteLine($"   pages fetched twice after a kill mid-crawl and a restart: {refetched}");
        Program.Goal("0 pages fetched twice (1 = the page in flight at the kill)", refetched <= 1);

        const int perMinute = 120;
        await using var strict = await SimulatorAsync(o => { o.RateLimit = perMinute; o.RateWindow = TimeSpan.FromMinutes(1); });
        var paced = await CrawlAsync(repoRoot, apiDll, Folder(root, "paced"), strict, "demo_small", followingToo: true, unpaced: false, SessionClient.Browser, perMinute);
        var share = paced.Total / (paced.Elapsed.TotalMinutes * perMinute);
        Console.WriteLine($"   window {perMinute} requests/min, pacing {perMinute}/min: {paced.Total} requests in {paced.Elapsed.TotalSeconds:F1} s (start to end of the crawl), 429s {paced.Limited}, share of the allowed rate used {share:P0}");
        Program.Goal("no 429 inside the window", paced.Limited == 0);
        Program.Goal("≥ 90% of the allowed rate used", share >= 0.9);
        return refetched <= 1 && paced.Limited == 0 && detectorQuiet && withinLimits;
    }

    /// <param name="Lookups">Look-ups by id (`users/<pk>/info/`): session checks and the checks of why people left.</param>
    internal sealed record Counts(int List, int Total, int Limited, int Lookups = 0)
    {
        public TimeSpan Elapsed { get; init; }
    }

    private static async Task<Counts> CrawlAsync(string repoRoot, string apiDll, string data, Sim sim, string target, bool followingToo, bool unpaced,
        SessionClient client, int perMinute = 1_000_000, params string[] extra)
    {
        await using var api = await StartApiAsync(repoRoot, apiDll, data, sim, unpaced ? 1_000_000 : perMinute, client, extra);
        var clock = Stopwatch.StartNew();
        var id = await StartCrawlAsync(api, target, followingToo);
        await WaitAsync(api, id, s => s["status"]!.GetValue<string>() is "SUCCEEDED" or "FAILED" or "CANCELLED");
        return await sim.CountsAsync() with { Elapsed = clock.Elapsed };
    }

    private static async Task<int> KillAndResumeAsync(string repoRoot, string apiDll, string data, Sim sim)
    {
        string id;
        await using (var first = await StartApiAsync(repoRoot, apiDll, data, sim, 1_000_000))
        {
            id = await StartCrawlAsync(first, "demo_large", followingToo: false);
            await WaitAsync(first, id, s => s["followersFetched"]!.GetValue<int>() >= LargeFollowers * 4 / 10);
        } // disposing kills the process outright
        await using (var second = await StartApiAsync(repoRoot, apiDll, data, sim, 1_000_000))
            await WaitAsync(second, id, s => s["status"]!.GetValue<string>() is "SUCCEEDED" or "FAILED");
        return (await sim.CountsAsync()).List - LargeFollowers / 200;
    }

    /// <summary>The API on the simulator with the demo account's session, as the app (as demo mode crawls) unless told otherwise.</summary>
    internal static async Task<ApiProcess> StartApiAsync(string repoRoot, string apiDll, string data, Sim sim, int perMinute, SessionClient client = SessionClient.App,
        params string[] extra)
    {
        await VaultCredentialStore.In(data).SaveSessionAsync(new InstagramSession(Sessions.Demo, "csrf", 9_001, Client: client), CancellationToken.None);
        return await ApiProcess.StartAsync(repoRoot, apiDll, data,
            [$"--Instagram:WebBaseUrl={sim.Url}", $"--Instagram:MobileBaseUrl={sim.Url}",
            $"--Instagram:Pacing:RequestsPerMinute={perMinute}", "--Instagram:Pacing:RequestsPerHour=1000000", "--Instagram:Pacing:Jitter=00:00:00",
            "--Instagram:Pacing:WebApi:Requests=1000000", "--Instagram:Pacing:MobileApi:Requests=1000000", "--Instagram:Pacing:WebGraphql:Requests=1000000",
            "--Instagram:Pacing:MobileGraphql:Requests=1000000", "--Instagram:Pacing:DailyCap=1000000",
            .. extra]);
    }

    internal static async Task<string> StartCrawlAsync(ApiProcess api, string target, bool followingToo)
    {
        var data = await QueryAsync(api, "mutation($t: String!, $g: Boolean) { startCrawl(input: { target: $t, following: $g }) { crawl { id } } }", new { t = target, g = followingToo });
        return data["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
    }

    internal static async Task WaitAsync(ApiProcess api, string id, Func<JsonNode, bool> until)
    {
        while (true)
        {
            var crawl = (await QueryAsync(api, "query($id: ID!) { crawl(id: $id) { status followersFetched error } }", new { id }))["crawl"]!;
            if (until(crawl)) return;
            await Task.Delay(50);
        }
    }

    internal static async Task<JsonNode> QueryAsync(ApiProcess api, string query, object variables)
    {
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        using var response = await http.PostAsJsonAsync("graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["errors"] is { } errors ? throw new InvalidOperationException($"The API answered with errors: {errors.ToJsonString()}") : body["data"]!;
    }

    internal static string Folder(string root, string name) => Directory.CreateDirectory(Path.Combine(root, name)).FullName;

    internal static async Task<Sim> SimulatorAsync(Action<SimulatorOptions> configure)
    {
        var app = SimulatorApp.Build(["--urls", "http://127.0.0.1:0"], configure);
        await app.StartAsync();
        return new Sim(app);
    }

    internal sealed class Sim(WebApplication app) : IAsyncDisposable
    {
        public string Url { get; } = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        public async Task<Counts> CountsAsync()
        {
            using var http = new HttpClient { BaseAddress = new Uri(Url) };
            var stats = (await http.GetFromJsonAsync<JsonNode>("/__simulator/stats"))!;
            var requests = stats["requests"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<int>());
            var list = requests.Where(r => r.Key is "web" || r.Key.Contains("/follow")).Sum(r => r.Value);
            return new Counts(list, requests.Values.Sum(), stats["limited"]!.GetValue<int>(), requests.GetValueOrDefault("session"));
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
