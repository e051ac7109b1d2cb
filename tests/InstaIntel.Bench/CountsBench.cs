using System.Diagnostics;
using InstaIntel.Api.Counts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Bench;

/// <summary>
/// The counts reads at the scale the daily job builds in a year: 500 accounts × 365 daily readings (one day in 20
/// missing), filled with set-based SQL. Times one account's year-long curve (the account page), a page of 50 accounts'
/// 30-day curves (the accounts table's sparklines) and the rankings over all 500.
/// </summary>
public static class CountsBench
{
    private const int Accounts = 500;
    private const int Days = 365;

    public static async Task<bool> RunAsync(string root)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "counts")).FullName;
        await using var app = await IngestBench.CreateAsync(folder);
        Console.WriteLine();
        Console.WriteLine($"Counts: {Accounts} accounts × {Days} days of readings; {Program.LoadAverage()}");

        var fill = Stopwatch.StartNew();
        var ids = new List<long>();
        for (var i = 0; i < Accounts; i++) ids.Add(await app.AddAccountAsync($"bench_counts_{i:000}"));
        var now = new DateTime(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);
        var rows = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var tx = connection.BeginTransaction();
            await using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = $"""
                WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < {Days - 1})
                INSERT INTO count_points (account_id, at, followers, following, posts, source)
                SELECT a.id, strftime('%Y-%m-%d 01:00:00', '{now:yyyy-MM-dd}', '-' || d.i || ' days'),
                       1000 + a.id * 97 % 50000 + (365 - d.i) * (a.id % 13 - 4) + (d.i * 31 + a.id) % 17, 200 + a.id % 300, 40 + (365 - d.i) / 3, 'Daily'
                FROM accounts a CROSS JOIN d WHERE (d.i + a.id) % 20 <> 0;
                """;
            var inserted = await command.ExecuteNonQueryAsync();
            await tx.CommitAsync();
            await using var analyze = connection.CreateCommand();
            analyze.CommandText = "ANALYZE";
            await analyze.ExecuteNonQueryAsync();
            return inserted;
        });
        Console.WriteLine($"   {rows:N0} readings ready       {fill.Elapsed.TotalSeconds,7:F1} s");

        var year = now.AddDays(-Days);
        var curve = await TimeAsync(app, 50, i => app.WithDbAsync(db =>
            CountHistory.LoadCurvesAsync(db, [new CountHistory.CurveKey(ids[i * 7 % Accounts], year, now, CountInterval.Day)], CancellationToken.None)));
        var points = curve.Result.Values.Single();
        Console.WriteLine($"   one account, 1 year by day        p50 {curve.P50,7:F1} ms  p95 {curve.P95,7:F1} ms  ({points.Count} points, {points.Count(p => p.Followers is null)} gaps)");
        Program.Goal("counts query (1 year of one of 500 accounts) p50 ≤ 20 ms", curve.P50 <= 20);

        var page = await TimeAsync(app, 20, i => app.WithDbAsync(db =>
            CountHistory.LoadCurvesAsync(db, [.. ids.Skip(i * 50 % Accounts).Take(50).Select(id => new CountHistory.CurveKey(id, now.AddDays(-30), now, CountInterval.Day))], CancellationToken.None)));
        Console.WriteLine($"   50 accounts, 30 days by day       p50 {page.P50,7:F1} ms  p95 {page.P95,7:F1} ms  (the accounts table's sparklines)");

        var ranking = await TimeAsync(app, 20, i => app.WithDbAsync(db =>
            Rankings.RankAsync(db, (RankBy)(i % 4), 100, now, CancellationToken.None)));
        Console.WriteLine($"   rankings of {Accounts} accounts          p50 {ranking.P50,7:F1} ms  p95 {ranking.P95,7:F1} ms  ({ranking.Result.Count} ranked)");
        Program.Goal("rankings p50 ≤ 50 ms", ranking.P50 <= 50);
        return points.Count(p => p.Followers is not null) > Days * 0.9 && ranking.Result.Count == 100;
    }

    private static async Task<(double P50, double P95, T Result)> TimeAsync<T>(IngestBench app, int runs, Func<int, Task<T>> work)
    {
        await work(0); // warm-up: compiled queries, page cache
        var times = new List<double>();
        T result = default!;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = await work(i);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[(int)(times.Count * 0.95)], result);
    }
}
