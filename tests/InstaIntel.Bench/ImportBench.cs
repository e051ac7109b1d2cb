using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json;

namespace InstaIntel.Bench;

/// <summary>
/// A data-download archive of 100,000 followers and 1,000 following, uploaded to the real API process through
/// `POST /imports` (multipart, spooled, read, ingested), timed end to end while the process's memory is sampled.
/// </summary>
public static class ImportBench
{
    private const int Followers = 100_000;
    private const int Following = 1_000;
    private const long MiB = 1024 * 1024;

    public static async Task<bool> RunAsync(string repoRoot, string root)
    {
        var zip = Path.Combine(root, "instagram-bench.owner-2026-11-20-Bench01.zip");
        WriteArchive(zip);
        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        await using var api = await ApiProcess.StartAsync(repoRoot, apiDll, Directory.CreateDirectory(Path.Combine(root, "import-app")).FullName);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine();
        Console.WriteLine($"Import of a data-download archive ({Followers:N0} followers, {Following:N0} following, {new FileInfo(zip).Length / (double)MiB:F1} MiB ZIP) through POST /imports; {Program.LoadAverage()}");

        var cpuBefore = Process.GetProcessById(api.Pid).TotalProcessorTime;
        await using var memory = await PeakMemory.StartAsync(api.Pid);
        var clock = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        await using var file = File.OpenRead(zip);
        form.Add(new StreamContent(file), "file", Path.GetFileName(zip));
        using var response = await http.PostAsync("imports", form);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var elapsed = clock.Elapsed;
        var cpu = Process.GetProcessById(api.Pid).TotalProcessorTime - cpuBefore;

        var imported = response.IsSuccessStatusCode ? body.GetProperty("followers").GetInt32() : -1;
        Console.WriteLine($"   {(int)response.StatusCode}: {imported:N0} followers imported in {elapsed.TotalSeconds:F2} s, peak memory growth {memory.Growth / (double)MiB:F0} MiB, API CPU time {cpu.TotalSeconds:F2} s");
        foreach (var phases in api.Output.Where(line => line.Contains("Imported the archive"))) Console.WriteLine($"   {phases.Trim()}");
        var met = imported == Followers && elapsed.TotalSeconds <= 10 && memory.Growth <= 150 * MiB;
        Program.Goal("all imported, ≤ 10 s and peak growth ≤ 150 MiB", met);
        Console.WriteLine("   Instagram requests: 0 (the archive replaces a crawl's list requests)");
        return met;
    }

    /// <summary>The archive in today's JSON shape with made-up people (docs/instagram-shapes.md §7).</summary>
    private static void WriteArchive(string path)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        const string lists = "connections/followers_and_following/";
        var epoch = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        for (var part = 0; part < 2; part++)
        {
            using var stream = zip.CreateEntry($"{lists}followers_{part + 1}.json").Open();
            using var json = new Utf8JsonWriter(stream);
            json.WriteStartArray();
            for (var i = part * Followers / 2; i < (part + 1) * Followers / 2; i++) Entry(json, $"fan_{i:D6}", epoch + i * 600L, valueField: true);
            json.WriteEndArray();
        }
        using (var stream = zip.CreateEntry($"{lists}following.json").Open())
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("relationships_following");
            for (var i = 0; i < Following; i++) Entry(json, $"fan_{i * 7:D6}", epoch + i * 3600L, valueField: false);
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private static void Entry(Utf8JsonWriter json, string username, long timestamp, bool valueField)
    {
        json.WriteStartObject();
        json.WriteString("title", valueField ? "" : username);
        json.WriteStartArray("media_list_data");
        json.WriteEndArray();
        json.WriteStartArray("string_list_data");
        json.WriteStartObject();
        json.WriteString("href", valueField ? $"https://www.instagram.com/{username}" : $"https://www.instagram.com/_u/{username}");
        if (valueField) json.WriteString("value", username);
        json.WriteNumber("timestamp", timestamp);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
