using System.Globalization;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Bench;

public static class Program
{
    private const string Target = "bench_target";

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var options = Options.Parse(args);
        if (options is null) return 2;

        var root = options.Reuse ?? Directory.CreateTempSubdirectory("instaintel-bench-").FullName;
        try
        {
            return options.Only switch
            {
                "crawl" => await CrawlBench.RunAsync(RepoRoot(), root) ? 0 : 1,
                "events" => await EventsBench.RunAsync(RepoRoot(), root) ? 0 : 1,
                "insights" => await InsightsBench.RunAsync(root) ? 0 : 1,
                "import" => await ImportBench.RunAsync(RepoRoot(), root) ? 0 : 1,
                "refresh" => await RefreshBench.RunAsync(RepoRoot(), root) ? 0 : 1,
                "counts" => await CountsBench.RunAsync(root) ? 0 : 1,
                "completion" => await CompletionBench.RunAsync(root, options.Edges, options.Seed) ? 0 : 1,
                "provider" => await ProviderBench.RunAsync(RepoRoot(), root, options) ? 0 : 1,
                "scaleout" => await ScaleOutBench.RunAsync(RepoRoot(), root) ? 0 : 1,
                "documents" => await DocumentsBench.RunAsync(RepoRoot(), root) ? 0 : 1,
                _ => await RunAsync(options, root),
            };
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (options.Keep || options.Reuse is not null) Console.WriteLine($"Data kept in {root}; `--only exports --reuse {root}` runs the exports on it again.");
            else Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> RunAsync(Options options, string root)
    {
        var n = options.Edges;
        var appData = Directory.CreateDirectory(Path.Combine(root, "app")).FullName;
        if (options.Reuse is not null) return await ExportsBench.RunAsync(RepoRoot(), appData, Target) ? 0 : 1;
        var data = new FollowerData(options.Seed);
        var crawl = data.Crawl(n);
        Console.WriteLine($"InstaIntel bench: {n:N0} edges, pages of {IngestBench.PageSize}, data in {root}; {LoadAverage()}");

        // 1. First crawl vs the floor.
        var floor = FloorBench.Run(Path.Combine(root, "floor.db"), crawl);
        await using var app = await IngestBench.CreateAsync(appData);
        var accountId = await app.AddAccountAsync(Target);
        var first = await app.CrawlAsync(accountId, crawl);
        var ingestRatio = first.Total / floor;
        Console.WriteLine();
        Console.WriteLine("1. First crawl: ingest + delta");
        Console.WriteLine($"   app (IngestService)       {first.Total.TotalSeconds,8:F2} s   (pages {first.Pages.TotalSeconds:F2} s, CompleteAsync {first.Complete.TotalSeconds:F2} s)");
        Console.WriteLine($"   floor (raw prepared, 1 tx) {floor.TotalSeconds,7:F2} s");
        Console.WriteLine($"   ratio app/floor           {ingestRatio,8:F2}x");
        Goal("ingest ≤ 2x floor", ingestRatio <= 2);
        Goal("ingest ≤ 5 s", first.Total.TotalSeconds <= 5);

        if (options.Only == "exports") return await ExportsBench.RunAsync(RepoRoot(), appData, Target) ? 0 : 1;

        // 2. Followers pages over HTTP.
        await PagingBench.RunAsync(RepoRoot(), appData, Target, crawl, options);

        // 3. Second crawl with churn.
        var lost = n * 2 / 100;
        var added = n * 5 / 100;
        var second = await app.CrawlAsync(accountId, data.NextCrawl(crawl, lost, added));
        Console.WriteLine();
        Console.WriteLine($"3. Second crawl: {lost:N0} lost, {added:N0} new ({n - lost + added:N0} edges)");
        Console.WriteLine($"   CompleteAsync (delta)     {second.Complete.TotalSeconds,8:F2} s");
        Console.WriteLine($"   total second ingest       {second.Total.TotalSeconds,8:F2} s   (pages {second.Pages.TotalSeconds:F2} s)");
        Console.WriteLine($"   crawl reports            new {second.Crawl.FollowersNew:N0}, lost {second.Crawl.FollowersLost:N0}, total {second.Crawl.FollowersTotal:N0}");
        var countsRight = second.Crawl.FollowersNew == added && second.Crawl.FollowersLost == lost;
        Goal($"counts are new {added:N0}, lost {lost:N0}", countsRight);

        // 4–7. Crawl efficiency against the simulator, realtime under load, network and search at scale, exports and backup of this database.
        var crawlRight = await CrawlBench.RunAsync(RepoRoot(), root);
        var eventsRight = await EventsBench.RunAsync(RepoRoot(), root);
        var insightsRight = await InsightsBench.RunAsync(root);
        var exportsRight = await ExportsBench.RunAsync(RepoRoot(), appData, Target);
        var importRight = await ImportBench.RunAsync(RepoRoot(), root);
        var countHistoryRight = await CountsBench.RunAsync(root);
        var documentsRight = await DocumentsBench.RunAsync(RepoRoot(), root);
        return countsRight && crawlRight && eventsRight && insightsRight && exportsRight && importRight && countHistoryRight && documentsRight ? 0 : 1;
    }

    /// <summary>Other work on the machine skews every timing here; the load average says how much there was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "load average unknown";

    public static void Goal(string goal, bool met) =>
        Console.WriteLine($"   goal {goal}: {(met ? "MET" : "MISSED")}");

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "InstaIntel.sln"))) return dir.FullName;
        throw new InvalidOperationException("InstaIntel.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record Options(int Edges, int Requests, int WarmupSeconds, int Seed, string? Only = null, bool Keep = false, string? Reuse = null)
{
    /// <summary>Parts that run on their own: the crawl against the simulator, realtime under load, network and search, exports (after the first ingest).</summary>
    private static readonly string[] Parts = ["crawl", "events", "insights", "exports", "import", "refresh", "counts", "completion", "provider", "scaleout", "documents"];

    public static Options? Parse(string[] args)
    {
        var options = new Options(Edges: 1_000_000, Requests: 200, WarmupSeconds: 30, Seed: 42);
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            int Next() => ++i < args.Length && int.TryParse(args[i].Replace(",", "").Replace("_", ""), out var v) && v > 0
                ? v : throw new ArgumentException($"{flag} needs a positive number.");
            switch (flag)
            {
                case "--edges": options = options with { Edges = Next() }; break;
                case "--requests": options = options with { Requests = Next() }; break;
                case "--warmup-seconds": options = options with { WarmupSeconds = Next() }; break;
                case "--seed": options = options with { Seed = Next() }; break;
                case "--keep": options = options with { Keep = true }; break;
                case "--reuse" when i + 1 < args.Length && File.Exists(Path.Combine(args[i + 1], "app", "instaintel.db")):
                    options = options with { Reuse = Path.GetFullPath(args[++i]) };
                    break;
                case "--only" when i + 1 < args.Length && Parts.Contains(args[i + 1]): options = options with { Only = args[++i] }; break;
                case "--provider" when i + 1 < args.Length && args[i + 1] == "postgres": options = options with { Only = "provider" }; i++; break;
                default:
                    Console.Error.WriteLine($"usage: bench [--edges N (1000000)] [--requests N (200)] [--warmup-seconds N (30)] [--seed N (42)] [--only {string.Join('|', Parts)}] [--provider postgres (SQLite beside PostgreSQL)] [--keep] [--reuse DIR (a kept folder; with --only exports)]");
                    return null;
            }
        }
        if (options.Edges < 1000) throw new ArgumentException("--edges must be at least 1000.");
        if (options.Reuse is not null && options.Only != "exports") throw new ArgumentException("--reuse runs only the exports: add --only exports.");
        return options;
    }
}
