using System.Diagnostics;
using System.Net.Http.Json;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;

namespace InstaIntel.Bench;

/// <summary>
/// Scale-out: four crawls of large accounts on one PostgreSQL, run by one `--role worker` process with one session,
/// then by two workers with a session each (`Workers:Sessions`), an `--role api` process queuing them. Each session is
/// paced as it would be against Instagram, so the crawls take as long as their requests; the ratio says how much of a
/// second worker's session the claims and leases let through.
/// </summary>
public static class ScaleOutBench
{
    private const int Accounts = 4;
    private const int Followers = 20_000;
    private const int RequestsPerMinute = 1_200;
    private static readonly (string Id, long UserId, string Label)[] SessionsByWorker = [(Sessions.Demo, 9_001, "first"), (Sessions.Outsider, 9_002, "second")];

    public static async Task<bool> RunAsync(string repoRoot, string root)
    {
        Console.WriteLine();
        Console.WriteLine($"9. Scale-out: {Accounts} crawls of {Followers:N0} followers (mobile API, pages of 200), each session paced at {RequestsPerMinute}/min; {Program.LoadAverage()}");
        using var postgres = await PostgresServer.StartAsync();
        var one = await CrawlAllAsync(repoRoot, root, await postgres.CreateDatabaseAsync(), workers: 1);
        var two = await CrawlAllAsync(repoRoot, root, await postgres.CreateDatabaseAsync(), workers: 2);
        var floor = Accounts * (Followers / 200.0) / RequestsPerMinute * 60;
        Console.WriteLine($"   1 worker, 1 session:               {one.TotalSeconds,7:F1} s   (its pacing floor {floor:F1} s)");
        Console.WriteLine($"   2 workers, a session each:         {two.TotalSeconds,7:F1} s   (their pacing floor {floor / 2:F1} s)");
        Console.WriteLine($"   ratio                              {one / two,7:F2}x; {Program.LoadAverage()}");
        Program.Goal("2 workers ≥ 1.8x 1 worker", one / two >= 1.8);
        return one / two >= 1.8;
    }

    private static async Task<TimeSpan> CrawlAllAsync(string repoRoot, string root, string connection, int workers)
    {
        await using var sim = await CrawlBench.SimulatorAsync(_ => { });
        using (var admin = new HttpClient { BaseAddress = new Uri(sim.Url) })
            for (var i = 1; i <= Accounts; i++)
                (await admin.PostAsJsonAsync("/__simulator/targets", new { username = $"scale_{i}", followers = Followers, hidden = 0 })).EnsureSuccessStatusCode();

        var data = CrawlBench.Folder(root, $"scaleout-{workers}");
        var vault = VaultCredentialStore.In(data);
        foreach (var (id, userId, label) in SessionsByWorker) await vault.SaveSessionAsync(new InstagramSession(id, "csrf", userId, label), CancellationToken.None);
        string[] common =
        [
            "--Database:Provider=PostgreSql", $"--Database:ConnectionString={connection}",
            $"--Instagram:WebBaseUrl={sim.Url}", $"--Instagram:MobileBaseUrl={sim.Url}", "--Instagram:Sources:0=MobileApi",
            $"--Instagram:Pacing:RequestsPerMinute={RequestsPerMinute}", "--Instagram:Pacing:RequestsPerHour=1000000", "--Instagram:Pacing:Jitter=00:00:00",
            "--Instagram:Pacing:MobileApi:Requests=1000000", "--Instagram:Pacing:DailyCap=1000000", "--Instagram:CacheFor=00:00:00", "--Workers:PollEvery=00:00:00.200",
        ];
        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        await using var api = await ApiProcess.StartAsync(repoRoot, apiDll, data, [.. common, "--role=api"]);
        var running = new List<ApiProcess>();
        try
        {
            for (var w = 0; w < workers; w++)
                running.Add(await ApiProcess.StartAsync(repoRoot, apiDll, data,
                    [.. common, "--role=worker", $"--Workers:Name=worker-{w + 1}", $"--Workers:Sessions:0={SessionsByWorker[w].Label}"]));
            var clock = Stopwatch.StartNew();
            var ids = new List<string>();
            for (var i = 1; i <= Accounts; i++) ids.Add(await CrawlBench.StartCrawlAsync(api, $"scale_{i}", followingToo: false));
            foreach (var id in ids)
                await CrawlBench.WaitAsync(api, id, s => s["status"]!.GetValue<string>() switch
                {
                    "SUCCEEDED" => true,
                    "FAILED" or "CANCELLED" => throw new InvalidOperationException($"Crawl {id} ended {s["status"]}: {s["error"]}"),
                    _ => false,
                });
            return clock.Elapsed;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException)
        {
            foreach (var process in running.Prepend(api)) Console.Error.WriteLine(string.Join('\n', process.Output.TakeLast(30)));
            throw;
        }
        finally
        {
            foreach (var worker in running) await worker.DisposeAsync();
        }
    }
}
