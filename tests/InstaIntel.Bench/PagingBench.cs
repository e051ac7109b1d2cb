using InstaIntel.Api.Ingest;

namespace InstaIntel.Bench;

/// <summary>Followers pages over HTTP from the real API process: the first page and one deep in the list.</summary>
public static class PagingBench
{
    /// <summary>Matches most generated usernames, so a page of 50 is found among the first ~70 rows anywhere.</summary>
    private const string UsernameContains = "e";
    private const int ColdWarmupRounds = 10;

    public static async Task RunAsync(string repoRoot, string appData, string target, IReadOnlyList<ProfileData> crawl, Options options)
    {
        var n = crawl.Count;
        var matching = crawl.Count(p => p.Username.Contains(UsernameContains, StringComparison.Ordinal));
        var pksInOrder = crawl.Select(p => p.Pk).Order().ToArray();
        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        var (deepCursor, row, sql) = await DeepCursorAndSqlAsync(repoRoot, apiDll, appData, target, pksInOrder, n * 9 / 10);

        Console.WriteLine();
        Console.WriteLine($"2. Followers page over HTTP: first: 50, where username contains \"{UsernameContains}\"");
        Console.WriteLine($"   filter matches {matching:N0} of {n:N0} rows ({100.0 * matching / n:F0}%); the deep page starts after row {row:N0}");
        Console.WriteLine($"   {options.Requests} timed requests per page, sequential, first and deep interleaved; {Program.LoadAverage()}");
        Console.WriteLine("                                       first p50 / p99        deep p50 / p99   deep/first p50");
        await using (var api = await ApiProcess.StartAsync(repoRoot, apiDll, appData))
        {
            using var http = new HttpClient { BaseAddress = api.BaseAddress };
            var client = new FollowersClient(http, target, UsernameContains);
            string?[] cursors = [null, deepCursor];
            var (cold, _) = await client.TimeAsync(cursors, ColdWarmupRounds, TimeSpan.Zero, options.Requests);
            Print($"cold (after {ColdWarmupRounds} warm-up rounds)", cold);
            // The tiered JIT keeps recompiling the hot paths for thousands of requests; the warm phase is the steady state.
            var (warm, rounds) = await client.TimeAsync(cursors, 1, TimeSpan.FromSeconds(options.WarmupSeconds), options.Requests);
            Print($"warm (after {rounds:N0} more, {options.WarmupSeconds} s)", warm);
            Program.Goal("p50 ≤ 10 ms, warm, first and deep", warm[0].P50 <= 10 && warm[1].P50 <= 10);
            Program.Goal("deep p50 ≤ 1.5x first p50, warm", warm[1].P50 <= 1.5 * warm[0].P50);
        }
        PrintPlans(Path.Combine(appData, "instaintel.db"), sql);
    }

    /// <summary>
    /// Gets a cursor at or past <paramref name="row"/> of the unfiltered list (in pk order) by paging with the timed
    /// filter, since a cursor is only valid under the filter it was made with; then runs the two timed requests once
    /// and returns the SQL EF logged for them. This API process is untimed: its page size and complexity limits are
    /// raised so it can page 10,000 at a time, and its SQL is logged as JSON.
    /// </summary>
    private static async Task<(string Cursor, int Row, List<string> Sql)> DeepCursorAndSqlAsync(
        string repoRoot, string apiDll, string appData, string target, long[] pksInOrder, int row)
    {
        await using var api = await ApiProcess.StartAsync(repoRoot, apiDll, appData,
            "--Paging:MaxPageSize=10000", "--GraphQL:MaxComplexity=2000000000", QueryPlan.LoggingArgs, QueryPlan.JsonConsoleArgs);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var client = new FollowersClient(http, target, UsernameContains);
        var (cursor, reached) = await CursorPastRowAsync(client, pksInOrder, row);

        await Task.Delay(500); // the console logger writes on its own thread
        api.Output.Clear();
        await client.PageAsync(50, after: null);
        await client.PageAsync(50, cursor);
        await Task.Delay(500);
        return (cursor, reached, QueryPlan.ExecutedCommands(api.Output).ToList());
    }

    internal static async Task<(string Cursor, int Row)> CursorPastRowAsync(FollowersClient client, long[] pksInOrder, int row)
    {
        string? after = null;
        while (true)
        {
            var page = await client.PageAsync(10_000, after);
            if (page.EndCursor is null || !page.HasNextPage) throw new InvalidOperationException($"The list ended before row {row:N0}.");
            var reached = Array.BinarySearch(pksInOrder, page.Pks[^1]) + 1;
            if (reached >= row) return (page.EndCursor, reached);
            after = page.EndCursor;
        }
    }

    private static void Print(string phase, Timings[] pages) =>
        Console.WriteLine($"   {phase,-31} {pages[0].P50,8:F2} / {pages[0].P99,7:F2} ms  {pages[1].P50,8:F2} / {pages[1].P99,7:F2} ms  {pages[1].P50 / pages[0].P50,7:F2}x");

    private static void PrintPlans(string database, List<string> sql)
    {
        Console.WriteLine();
        Console.WriteLine($"   EF ran {sql.Count} SQL commands for those 2 requests; the followers queries and their plans:");
        foreach (var command in sql.Where(s => s.Contains("\"followers\"")))
        {
            Console.WriteLine();
            Console.WriteLine(Indent(command, "   | "));
            Console.WriteLine("   EXPLAIN QUERY PLAN:");
            Console.WriteLine(Indent(QueryPlan.Explain(database, command).TrimEnd(), "   "));
        }
    }

    private static string Indent(string text, string prefix) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => prefix + line));
}
