using System.Diagnostics;

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
        Console.WriteLine("                 rows        bytes     time    peak memory growth");

        var met = true;
        foreach (var (format, goalSeconds) in new[] { ("CSV", 2.0), ("XLSX", 10.0), ("JSON", 2.0) })
        {
            var url = (await ExportUrlAsync(api, target, format))["account"]!["exportUrl"]!.GetValue<string>();
            var (bytes, rows, elapsed, growth) = await DownloadAsync(http, url, api.Pid, format);
            Console.WriteLine($"   {format,-5} {(rows >= 0 ? rows.ToString("N0") : "(zipped)"),12} {bytes / (double)MiB,9:F1} MiB {elapsed.TotalSeconds,6:F2} s {growth / (double)MiB,10:F0} MiB");
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

    private static Task<System.Text.Json.Nodes.JsonNode> ExportUrlAsync(ApiProcess api, string target, string format) =>
        CrawlBench.QueryAsync(api, "query($u: String!, $f: ExportFormat!) { account(username: $u) { exportUrl(view: FOLLOWERS, format: $f) } }",
            new { u = target, f = format });

    /// <summary>Reads the whole download, counting rows where the format makes that cheap (CSV lines less the header, JSON objects).</summary>
    private static async Task<(long Bytes, long Rows, TimeSpan Elapsed, long Growth)> DownloadAsync(HttpClient http, string url, int pid, string format)
    {
        GC.Collect();
        await Task.Delay(500); // let the API settle before taking its baseline
        var baseline = ResidentBytes(pid);
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, ResidentBytes(pid));
                await Task.Delay(5);
            }
        });

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
        sampling.Cancel();
        await sampler;
        var rows = format switch { "CSV" => newlines - 1, "JSON" => objects, _ => -1 };
        return (bytes, rows, elapsed, peak - baseline);
    }

    private static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        return 0;
    }
}
