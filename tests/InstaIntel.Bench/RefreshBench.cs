using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;
using static InstaIntel.Bench.CrawlBench;

namespace InstaIntel.Bench;

/// <summary>
/// Nightly refreshes against the simulator: list requests a head-only refresh of demo_large spends after +120 / −0
/// and after +120 / −30 (mobile pages of 200), each beside its floor and a full crawl's cost, whether every lost
/// follower is named, and a randomised run proving head-only and full crawls end with the same followers.
/// </summary>
public static class RefreshBench
{
    private const int Large = 100_000;
    private const int Page = 200;
    /// <summary>Every night asks Instagram afresh, as the nightly refresh does.</summary>
    private const string NoCache = "--Instagram:CacheFor=00:00:00";

    public static async Task<bool> RunAsync(string repoRoot, string root)
    {
        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        Console.WriteLine();
        Console.WriteLine("Refresh: head-only nightly crawls (mobile API, pages of 200)");

        await using var sim = await SimulatorAsync(_ => { });
        await using var api = await StartApiAsync(repoRoot, apiDll, Folder(root, "refresh"), sim, 1_000_000, SessionClient.App, "--Instagram:Sources:0=MobileApi", NoCache);
        var full = await CrawlAsync(api, sim, "demo_large");
        var fullFloor = (int)Math.Ceiling(Large / (double)Page);
        Console.WriteLine($"   first crawl (full)          {full.List,5} list requests ({full.Method}); floor {fullFloor} (100,000 / {Page})");

        await NightAsync(sim, "demo_large", new { joins = 120, seed = 1 });
        var grown = await CrawlAsync(api, sim, "demo_large");
        var grownFloor = (int)Math.Ceiling((120 + Page) / (double)Page);
        Console.WriteLine($"   after +120 / −0             {grown.List,5} list requests ({grown.Method}); floor {grownFloor} (the 120 new, then a page of known ones); a full crawl: {fullFloor + 1}");
        Program.Goal("≤ 3 list requests with nobody lost", grown.List <= 3 && grown.Method == "HEAD_ONLY");

        var night = await NightAsync(sim, "demo_large", new { joins = 120, leaves = 30, seed = 2 });
        var lookupsBefore = (await sim.CountsAsync()).Lookups;
        var churned = await CrawlAsync(api, sim, "demo_large");
        var listed = Large + 120 + 120 - 30;
        var churnFloor = (int)Math.Ceiling(listed / (double)Page);
        var left = night["result"]!["left"]!.AsArray().Select(n => n!.GetValue<long>()).Order().ToArray();
        var named = await LostInLatestAsync(Path.Combine(root, "refresh"));
        Console.WriteLine($"   after +120 / −30            {churned.List,5} list requests ({churned.Method}); floor {churnFloor} (whole list, {listed:N0} / {Page}: the lost are named from what is listed)");
        Console.WriteLine($"   lost named                  {named.Length} of {left.Length}");
        Program.Goal("every lost follower named", named.SequenceEqual(left));
        var explained = await ReasonsCheckedAsync(Path.Combine(root, "refresh"), left.Length);
        var lookups = (await sim.CountsAsync()).Lookups - lookupsBefore;
        Console.WriteLine($"   why they left               {explained} of {left.Length} checked in {lookups} look-ups; floor {left.Length} (one per person lost)");
        Program.Goal("every lost follower's reason checked at one look-up each", explained == left.Length && lookups == left.Length);

        var histories = await EquivalenceAsync(repoRoot, apiDll, root);
        Console.WriteLine($"   randomised histories        {histories.Checked} checked ({histories.Nights} nights, {histories.HeadOnly} refreshed head-only); differences from full crawls: {histories.Differences}");
        Program.Goal("head-only and full crawls end with the same followers", histories.Differences == 0);
        return grown.List <= 3 && named.SequenceEqual(left) && explained == left.Length && lookups == left.Length && histories.Differences == 0;
    }

    private sealed record Crawl(int List, string Method);

    private static async Task<Crawl> CrawlAsync(ApiProcess api, Sim sim, string target)
    {
        var before = (await sim.CountsAsync()).List;
        var id = await StartCrawlAsync(api, target, followingToo: false);
        await WaitAsync(api, id, s => s["status"]!.GetValue<string>() is "SUCCEEDED" or "INCOMPLETE" or "FAILED" or "CANCELLED");
        var crawl = (await QueryAsync(api, "query($id: ID!) { crawl(id: $id) { status method } }", new { id }))["crawl"]!;
        if (crawl["status"]!.GetValue<string>() != "SUCCEEDED") throw new InvalidOperationException($"The crawl of @{target} ended {crawl["status"]}.");
        return new Crawl((await sim.CountsAsync()).List - before, crawl["method"]!.GetValue<string>());
    }

    private static async Task<JsonNode> NightAsync(Sim sim, string target, object night)
    {
        using var http = new HttpClient { BaseAddress = new Uri(sim.Url) };
        using var response = await http.PostAsJsonAsync($"/__simulator/targets/{target}/nights", night);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>Waits (up to a minute) for the look-ups that follow the crawl; returns how many of its lost have a reason.</summary>
    private static async Task<int> ReasonsCheckedAsync(string data, int expected)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            await using var connection = new SqliteConnection($"Data Source={DatabaseSetup.DatabasePath(data)};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM follow_changes WHERE kind = 'Lost' AND lost_reason IS NOT NULL AND crawl_id = (SELECT max(id) FROM crawls)";
            var done = Convert.ToInt32(await command.ExecuteScalarAsync());
            if (done >= expected || DateTime.UtcNow > deadline) return done;
            await Task.Delay(250);
        }
    }

    private static async Task<long[]> LostInLatestAsync(string data)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseSetup.DatabasePath(data)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT profile_pk FROM follow_changes WHERE kind = 'Lost' AND crawl_id = (SELECT max(id) FROM crawls) ORDER BY profile_pk";
        var pks = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) pks.Add(reader.GetInt64(0));
        return [.. pks];
    }

    private sealed record Equivalence(int Checked, int Nights, int HeadOnly, int Differences);

    /// <summary>Random nights on small targets, each crawled by an app that refreshes head-only and one that always reads whole lists.</summary>
    private static async Task<Equivalence> EquivalenceAsync(string repoRoot, string apiDll, string root)
    {
        await using var sim = await SimulatorAsync(_ => { });
        await using var headOnly = await StartApiAsync(repoRoot, apiDll, Folder(root, "equal-head"), sim, 1_000_000, SessionClient.App, NoCache);
        await using var whole = await StartApiAsync(repoRoot, apiDll, Folder(root, "equal-full"), sim, 1_000_000, SessionClient.App, "--Instagram:Refresh:FullEvery=00:00:00", NoCache);
        using var http = new HttpClient { BaseAddress = new Uri(sim.Url) };
        var (nights, refreshed, differences, histories) = (0, 0, 0, 20);
        for (var seed = 1; seed <= histories; seed++)
        {
            var random = new Random(seed);
            var target = $"equal_{seed}";
            (await http.PostAsJsonAsync("/__simulator/targets", new { username = target, followers = 300 + random.Next(300), hidden = random.Next(4) })).EnsureSuccessStatusCode();
            await CrawlAsync(headOnly, sim, target);
            await CrawlAsync(whole, sim, target);
            for (var i = 0; i < 8; i++, nights++)
            {
                var night = await NightAsync(sim, target, new
                {
                    joins = random.Next(0, 60),
                    leaves = random.Next(3) == 0 ? random.Next(1, 6) : 0,
                    refollows = random.Next(0, 3),
                    renames = random.Next(0, 5),
                    deactivations = random.Next(4) == 0 ? 1 : 0,
                    seed = seed * 100 + i,
                });
                refreshed += (await CrawlAsync(headOnly, sim, target)).Method == "HEAD_ONLY" ? 1 : 0;
                await CrawlAsync(whole, sim, target);
                var truth = night["followers"]!.AsArray().Select(n => n!.GetValue<long>()).Order().ToArray();
                var a = await FollowersAsync(Path.Combine(root, "equal-head"), target);
                var b = await FollowersAsync(Path.Combine(root, "equal-full"), target);
                differences += a.SequenceEqual(b) && a.SequenceEqual(truth) ? 0 : 1;
            }
        }
        return new Equivalence(histories, nights, refreshed, differences);
    }

    private static async Task<long[]> FollowersAsync(string data, string target)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseSetup.DatabasePath(data)};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT f.profile_pk FROM followers f JOIN accounts a ON a.id = f.target_id WHERE a.username = $u AND f.lost_in_crawl_id IS NULL ORDER BY 1";
        command.Parameters.AddWithValue("$u", target);
        var pks = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) pks.Add(reader.GetInt64(0));
        return [.. pks];
    }
}
