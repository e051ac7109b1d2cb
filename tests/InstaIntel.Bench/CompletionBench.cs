using System.Diagnostics;
using InstaIntel.Api.Ingest;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Bench;

/// <summary>
/// A crawl's completion beside other writers (scripts/bench --only completion): the first crawl of N followers
/// against the stronger floor (the same rows inserted sorted by key with a large page cache), and, during its
/// completion and a second crawl's (2% lost, 5% new), how long a tiny write and another crawl's page commit wait.
/// The longest wait of the tiny write bounds the longest write transaction completion holds.
/// </summary>
public static class CompletionBench
{
    public static async Task<bool> RunAsync(string root, int n, int seed)
    {
        var data = new FollowerData(seed);
        var crawl = data.Crawl(n);
        Console.WriteLine();
        Console.WriteLine($"Completion: {n:N0} followers, pages of {IngestBench.PageSize}, beside a tiny write and another crawl's page every 50 ms; {Program.LoadAverage()}");

        var floor = FloorBench.Run(Path.Combine(root, "floor-sorted.db"), crawl, sorted: true);
        var searchFloor = FloorBench.Run(Path.Combine(root, "floor-search.db"), crawl, sorted: true, searchIndex: true);
        var appData = Directory.CreateDirectory(Path.Combine(root, "completion")).FullName;
        await using var app = await IngestBench.CreateAsync(appData);
        var target = await app.AddAccountAsync("bench_target");
        var other = await app.BeginAsync(await app.AddAccountAsync("bench_other"));
        var otherPeople = new FollowerData(seed + 1);
        var db = Path.Combine(appData, "instaintel.db");

        var first = await CrawlAsync(app, target, crawl, db, other, otherPeople);
        var ratio = first.Total / floor;
        Console.WriteLine($"   floor (sorted by key, 256 MiB cache, 1 tx) {floor.TotalSeconds,7:F2} s");
        Console.WriteLine($"   first crawl (IngestService)   {first.Total.TotalSeconds,9:F2} s   (pages {first.Pages.TotalSeconds:F2} s, CompleteAsync {first.Complete.TotalSeconds:F2} s); {ratio:F2}x the floor");
        Program.Goal("first ingest ≤ 1.5x the sorted floor", ratio <= 1.5);
        Console.WriteLine($"   (for scale: the sorted floor with the app's search index too, FTS5 trigram in the same tx, {searchFloor.TotalSeconds:F2} s; first crawl {first.Total / searchFloor:F2}x that)");
        var firstRight = Report("first completion", first.Probe);

        var lost = n * 2 / 100;
        var added = n * 5 / 100;
        var second = await CrawlAsync(app, target, data.NextCrawl(crawl, lost, added), db, other, otherPeople);
        Console.WriteLine($"   second crawl ({lost:N0} lost, {added:N0} new) CompleteAsync {second.Complete.TotalSeconds:F2} s; reports new {second.Crawl.FollowersNew:N0}, lost {second.Crawl.FollowersLost:N0}");
        var countsRight = second.Crawl.FollowersNew == added && second.Crawl.FollowersLost == lost;
        Program.Goal($"counts are new {added:N0}, lost {lost:N0}", countsRight);
        var secondRight = Report("second completion", second.Probe);
        Console.WriteLine($"   {Program.LoadAverage()}");
        return ratio <= 1.5 && firstRight && secondRight && countsRight;
    }

    private sealed record Timed(TimeSpan Total, TimeSpan Pages, TimeSpan Complete, Api.Crawls.Crawl Crawl, WriterProbe Probe);

    private static async Task<Timed> CrawlAsync(IngestBench app, long target, List<ProfileData> followers, string db, long other, FollowerData otherPeople)
    {
        var total = Stopwatch.StartNew();
        var crawlId = await app.BeginAsync(target);
        foreach (var page in followers.Chunk(IngestBench.PageSize)) await app.PageAsync(crawlId, page);
        var pages = total.Elapsed;
        var probe = WriterProbe.Start(db, app, other, otherPeople);
        var complete = Stopwatch.StartNew();
        var steps = new List<string>();
        var crawl = await app.CompleteAsync(crawlId, (step, took, longest) => steps.Add($"{step} {took.TotalSeconds:F2} s{(longest > TimeSpan.Zero ? $" (longest tx {longest.TotalSeconds:F2} s)" : "")}"));
        var completeTime = complete.Elapsed;
        var totalTime = total.Elapsed;
        await probe.StopAsync();
        Console.WriteLine($"   CompleteAsync's steps: {string.Join(", ", steps)}");
        return new Timed(totalTime, pages, completeTime, crawl, probe);
    }

    private static bool Report(string during, WriterProbe probe)
    {
        Console.WriteLine($"   during the {during}: {probe.Ticks} probes; a tiny write waited for the writer at most {probe.LongestWrite.TotalSeconds:F2} s (its commit, checkpoint included, at most {probe.LongestCommit.TotalSeconds:F2} s), another crawl's page commit at most {probe.LongestPage.TotalSeconds:F2} s{(probe.Failures > 0 ? $"; {probe.Failures} failed ({probe.Failure})" : "")}");
        var transaction = probe.LongestWrite.TotalSeconds <= 1 && probe.Failures == 0;
        var page = probe.LongestPage.TotalSeconds <= 1 && probe.Failures == 0;
        Program.Goal("longest write transaction ≤ 1 s", transaction);
        Program.Goal("another crawl's page commit waits ≤ 1 s", page);
        return transaction && page;
    }

    /// <summary>Every 50 ms: a one-row write on its own connection, then a page of another running crawl through the app.</summary>
    private sealed class WriterProbe
    {
        private readonly CancellationTokenSource stop = new();
        private Task loop = Task.CompletedTask;

        public TimeSpan LongestWrite { get; private set; }
        public TimeSpan LongestPage { get; private set; }
        /// <summary>The tiny write's own commit, with any WAL checkpoint it ran for the pages others wrote.</summary>
        public TimeSpan LongestCommit { get; private set; }
        public int Ticks { get; private set; }
        public int Failures { get; private set; }
        public string? Failure { get; private set; }

        public static WriterProbe Start(string db, IngestBench app, long otherCrawl, FollowerData people)
        {
            var probe = new WriterProbe();
            var pages = Enumerable.Range(0, 20).Select(_ => people.Crawl(IngestBench.PageSize)).ToList(); // made before the clock runs
            using (var setup = new SqliteConnection($"Data Source={db};Pooling=False"))
            {
                setup.Open();
                Execute(setup, "CREATE TABLE IF NOT EXISTS bench_probe (at TEXT NOT NULL)");
            }
            probe.loop = Task.Run(() => probe.RunAsync(db, app, otherCrawl, pages));
            return probe;
        }

        public async Task StopAsync()
        {
            await stop.CancelAsync();
            await loop;
        }

        private async Task RunAsync(string db, IngestBench app, long otherCrawl, List<List<ProfileData>> pages)
        {
            await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;");
            while (!stop.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                try
                {
                    await using (var tx = connection.BeginTransaction()) // BEGIN IMMEDIATE: waits here while completion holds the writer
                    {
                        LongestWrite = Max(LongestWrite, watch.Elapsed);
                        watch.Restart();
                        Execute(connection, "INSERT INTO bench_probe (at) VALUES (datetime('now'))", tx);
                        tx.Commit();
                        LongestCommit = Max(LongestCommit, watch.Elapsed);
                    }
                    watch.Restart();
                    await app.PageAsync(otherCrawl, pages[Ticks % pages.Count]);
                    LongestPage = Max(LongestPage, watch.Elapsed);
                }
                catch (SqliteException e)
                {
                    Failures++;
                    Failure = e.Message;
                }
                Ticks++;
                try
                {
                    await Task.Delay(50, stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

        private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
        {
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
