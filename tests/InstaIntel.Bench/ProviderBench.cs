using InstaIntel.Tests.Support;

namespace InstaIntel.Bench;

/// <summary>
/// `--provider postgres`: the same first crawl, second crawl, followers pages and exports on SQLite and on PostgreSQL
/// (Debian's package, started here on a free port as the tests start it), printed side by side.
/// </summary>
public static class ProviderBench
{
    private const string Target = "bench_target";
    private const string UsernameContains = "e";

    private sealed record Figures(CrawlTiming First, CrawlTiming Second, Timings FirstPage, Timings DeepPage, TimeSpan Csv, TimeSpan Json, long ExportGrowth);

    public static async Task<bool> RunAsync(string repoRoot, string root, Options options)
    {
        var n = options.Edges;
        var data = new FollowerData(options.Seed);
        var crawl = data.Crawl(n);
        var next = data.NextCrawl(crawl, n * 2 / 100, n * 5 / 100);
        Console.WriteLine($"InstaIntel bench, SQLite beside PostgreSQL: {n:N0} edges, pages of {IngestBench.PageSize}; {Program.LoadAverage()}");

        // INSTAINTEL_BENCH_POSTGRES: an empty database of a server of your own (its settings, its logs) instead of one started here.
        var own = Environment.GetEnvironmentVariable("INSTAINTEL_BENCH_POSTGRES");
        using var postgres = string.IsNullOrEmpty(own) ? await PostgresServer.StartAsync() : null;
        var sqlite = await MeasureAsync(repoRoot, Directory.CreateDirectory(Path.Combine(root, "sqlite")).FullName, [], crawl, next, options);
        var connection = postgres is null ? own! : await postgres.CreateDatabaseAsync();
        var onPostgres = await MeasureAsync(repoRoot, Directory.CreateDirectory(Path.Combine(root, "postgres")).FullName,
            new() { ["Database:Provider"] = "PostgreSql", ["Database:ConnectionString"] = connection }, crawl, next, options);

        Console.WriteLine();
        Console.WriteLine($"8. SQLite beside PostgreSQL; {Program.LoadAverage()}");
        Console.WriteLine("                                            SQLite     PostgreSQL   PostgreSQL/SQLite");
        Row("first crawl: pages (s)", sqlite.First.Pages.TotalSeconds, onPostgres.First.Pages.TotalSeconds);
        Row("first crawl: completion (s)", sqlite.First.Complete.TotalSeconds, onPostgres.First.Complete.TotalSeconds);
        Row("second crawl, 2% lost 5% new: pages (s)", sqlite.Second.Pages.TotalSeconds, onPostgres.Second.Pages.TotalSeconds);
        Row("second crawl: completion (s)", sqlite.Second.Complete.TotalSeconds, onPostgres.Second.Complete.TotalSeconds);
        Row("followers page of 50, first, p50 (ms)", sqlite.FirstPage.P50, onPostgres.FirstPage.P50);
        Row("followers page of 50, deep, p50 (ms)", sqlite.DeepPage.P50, onPostgres.DeepPage.P50);
        Row("CSV export, every row (s)", sqlite.Csv.TotalSeconds, onPostgres.Csv.TotalSeconds);
        Row("JSON export, every row (s)", sqlite.Json.TotalSeconds, onPostgres.Json.TotalSeconds);
        Row("export peak memory growth (MiB)", sqlite.ExportGrowth / 1048576.0, onPostgres.ExportGrowth / 1048576.0);
        var same = (sqlite.Second.Crawl.FollowersNew, sqlite.Second.Crawl.FollowersLost, sqlite.Second.Crawl.FollowersTotal)
            == (onPostgres.Second.Crawl.FollowersNew, onPostgres.Second.Crawl.FollowersLost, onPostgres.Second.Crawl.FollowersTotal);
        Console.WriteLine($"   second crawl on both: new {onPostgres.Second.Crawl.FollowersNew:N0}, lost {onPostgres.Second.Crawl.FollowersLost:N0}, total {onPostgres.Second.Crawl.FollowersTotal:N0}");
        Program.Goal("both providers count the same new, lost and total", same);
        return same;
    }

    private static void Row(string what, double sqlite, double postgres) =>
        Console.WriteLine($"   {what,-40} {sqlite,9:F2} {postgres,12:F2} {postgres / sqlite,15:F2}x");

    private static async Task<Figures> MeasureAsync(string repoRoot, string appData, Dictionary<string, string?> settings,
        IReadOnlyList<InstaIntel.Api.Ingest.ProfileData> crawl, IReadOnlyList<InstaIntel.Api.Ingest.ProfileData> next, Options options)
    {
        CrawlTiming first, second;
        await using (var app = await IngestBench.CreateAsync(appData, settings))
        {
            var accountId = await app.AddAccountAsync(Target);
            first = await app.CrawlAsync(accountId, crawl);
            second = await app.CrawlAsync(accountId, next);
        }

        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        var args = settings.Select(s => $"--{s.Key}={s.Value}").Concat(["--Paging:MaxPageSize=10000", "--GraphQL:MaxComplexity=2000000000"]).ToArray();
        await using var api = await ApiProcess.StartAsync(repoRoot, apiDll, appData, args);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var client = new FollowersClient(http, Target, UsernameContains);
        var pks = next.Select(p => p.Pk).Order().ToArray();
        var (deep, _) = await PagingBench.CursorPastRowAsync(client, pks, pks.Length * 9 / 10);
        var (pages, _) = await client.TimeAsync([null, deep], 10, TimeSpan.FromSeconds(Math.Min(options.WarmupSeconds, 10)), options.Requests);

        var exports = new Dictionary<string, TimeSpan>();
        long growth = 0;
        foreach (var format in new[] { "CSV", "JSON" })
        {
            var url = await ExportsBench.ExportUrlAsync(api, Target, format);
            await ExportsBench.DownloadAsync(http, url, api.Pid, format); // the first compiles the query and warms the JIT
            var timed = await ExportsBench.DownloadAsync(http, url, api.Pid, format);
            exports[format] = timed.Elapsed;
            growth = Math.Max(growth, timed.Growth);
        }
        return new Figures(first, second, pages[0], pages[1], exports["CSV"], exports["JSON"], growth);
    }
}
