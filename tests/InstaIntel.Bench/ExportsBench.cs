using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace InstaIntel.Bench;

/// <summary>
/// Exports and backups of the million-edge database the earlier parts built: each format downloaded in full from the
/// real API process, timed, while the process's resident memory is sampled for its peak growth over the baseline;
/// then a backup through the `createBackup` mutation.
/// </summary>
public static class ExportsBench
{
    private const long MiB = 1024 * 1024;

    public static async Task<bool> RunAsync(string repoRoot, string appData, string target)
    {
        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        await using var api = await ApiProcess.StartAsync(repoRoot, apiDll, appData);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine();
        Console.WriteLine($"7. Exports of {target}'s followers (every row), streamed from the API process; {Program.LoadAverage()}");
        var floor = ReadFloor(Path.Combine(appData, "instaintel.db"), target);
        Console.WriteLine($"   floor: the same rows read with a raw SqliteDataReader, every column, nothing written: {floor.TotalSeconds:F2} s");
        Console.WriteLine("                 rows        bytes     time  vs floor   peak memory growth");

        var met = true;
        foreach (var (format, goalSeconds) in new[] { ("CSV", 2.0), ("XLSX", 10.0), ("JSON", 2.0) })
        {
            // The first download runs code the JIT has not optimised yet and compiles the query: time the second.
            // Memory growth is the larger of the two, so what the first one costs still counts there.
            var url = await ExportUrlAsync(api, target, format);
            var first = await DownloadAsync(http, url, api.Pid, format);
            var (bytes, rows, elapsed, growth) = await DownloadAsync(http, url, api.Pid, format);
            growth = Math.Max(growth, first.Growth);
            Console.WriteLine($"   {format,-5} {(rows >= 0 ? rows.ToString("N0") : "(zipped)"),12} {bytes / (double)MiB,9:F1} MiB {elapsed.TotalSeconds,6:F2} s {elapsed / floor,7:F2}x {growth / (double)MiB,10:F0} MiB");
            var ok = elapsed.TotalSeconds <= goalSeconds && growth <= 250 * MiB;
            Program.Goal($"{format} ≤ {goalSeconds} s and peak growth ≤ 250 MiB", ok);
            met &= ok;
        }

        var clock = Stopwatch.StartNew();
        var backup = (await CrawlBench.QueryAsync(api, "mutation { createBackup { backup { fileName sizeBytes } } }", new { }))["createBackup"]!["backup"]!;
        var database = new FileInfo(Path.Combine(appData, "instaintel.db")).Length;
        Console.WriteLine($"   backup (VACUUM INTO + gzip) of a {database / (double)MiB:F0} MiB database: {clock.Elapsed.TotalSeconds:F2} s, archive {backup["sizeBytes"]!.GetValue<long>() / (double)MiB:F0} MiB");
        return met;
    }

    /// <summary>
    /// What no export can beat: the rows a followers export holds (profile columns, crawl ids), read in the export's
    /// order by a raw prepared reader in this process, with nothing formatted or sent.
    /// </summary>
    private static TimeSpan ReadFloor(string database, string target)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.username, p.full_name, p.profile_pic_url, p.is_verified, p.is_private, f.first_seen_crawl_id, f.last_seen_crawl_id
            FROM followers f JOIN profiles p ON p.pk = f.profile_pk
            WHERE f.target_id = (SELECT id FROM accounts WHERE username = $target) AND f.lost_in_crawl_id IS NULL
            ORDER BY f.profile_pk
            """;
        command.Parameters.AddWithValue("$target", target);
        var clock = Stopwatch.StartNew();
        using var reader = command.ExecuteReader();
        long checksum = 0;
        while (reader.Read())
        {
            checksum += reader.GetString(0).Length + reader.GetString(1).Length + (reader.IsDBNull(2) ? 0 : reader.GetString(2).Length);
            checksum += (reader.GetBoolean(3) ? 1 : 0) + (reader.GetBoolean(4) ? 1 : 0) + reader.GetInt64(5) + reader.GetInt64(6);
        }
        GC.KeepAlive(checksum);
        return clock.Elapsed;
    }

    internal static async Task<string> ExportUrlAsync(ApiProcess api, string target, string format) =>
        (await CrawlBench.QueryAsync(api, "query($u: String!, $f: ExportFormat!) { account(username: $u) { exportUrl(view: FOLLOWERS, format: $f) } }",
            new { u = target, f = format }))["account"]!["exportUrl"]!.GetValue<string>();

    /// <summary>Reads the whole download, counting rows where the format makes that cheap (CSV lines less the header, JSON objects).</summary>
    internal static async Task<(long Bytes, long Rows, TimeSpan Elapsed, long Growth)> DownloadAsync(HttpClient http, string url, int pid, string format)
    {
        await using var memory = await PeakMemory.StartAsync(pid);
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 16];
        long bytes = 0, newlines = 0, objects = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            var span = buffer.AsSpan(0, read);
            newlines += span.Count((byte)'\n');
            objects += span.Count((byte)'{');
        }
        var elapsed = clock.Elapsed;
        var rows = format switch { "CSV" => newlines - 1, "JSON" => objects, _ => -1 };
        return (bytes, rows, elapsed, memory.Growth);
    }
}
