using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InstaIntel.Api.Archives;

namespace InstaIntel.Bench;

/// <summary>
/// A data-download archive of 100,000 followers and 1,000 following, uploaded to the real API process through
/// `POST /imports` (multipart, spooled, read, ingested), timed end to end while the process's memory is sampled; then
/// a hostile archive (one 500 MiB string) the same way, and a 100,000-entry HTML list read in this process.
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

        var upload = await UploadAsync(api, http, zip);
        var imported = upload.Response.IsSuccessStatusCode ? upload.Body.GetProperty("followers").GetInt32() : -1;
        Console.WriteLine($"   {(int)upload.Response.StatusCode}: {imported:N0} followers imported in {upload.Elapsed.TotalSeconds:F2} s, peak memory growth {upload.Growth / (double)MiB:F0} MiB, API CPU time {upload.Cpu.TotalSeconds:F2} s");
        foreach (var phases in api.Output.Where(line => line.Contains("Imported the archive"))) Console.WriteLine($"   {phases.Trim()}");
        var met = imported == Followers && upload.Elapsed.TotalSeconds <= 10 && upload.Growth <= 150 * MiB;
        Program.Goal("all imported, ≤ 10 s and peak growth ≤ 150 MiB", met);
        Console.WriteLine("   Instagram requests: 0 (the archive replaces a crawl's list requests)");

        var hostile = Path.Combine(root, "instagram-bench.owner-2026-11-21-Bench02.zip");
        WriteHostileArchive(hostile, HostileValue);
        Console.WriteLine($"A hostile archive: one followers_1.json entry whose \"value\" is {HostileValue / MiB:N0} MiB ({new FileInfo(hostile).Length / (double)MiB:F1} MiB ZIP, {HostileValue / (double)new FileInfo(hostile).Length:F0}× packed)");
        var refused = await UploadAsync(api, http, hostile);
        var detail = refused.Body.TryGetProperty("detail", out var text) ? text.GetString() : null;
        Console.WriteLine($"   {(int)refused.Response.StatusCode} in {refused.Elapsed.TotalSeconds:F2} s, peak memory growth {refused.Growth / (double)MiB:F0} MiB: {detail}");
        var bounded = refused.Response.StatusCode == HttpStatusCode.UnprocessableEntity && detail?.Contains("followers_1.json") == true && refused.Growth <= 150 * MiB;
        Program.Goal("refused naming the file, peak growth ≤ 150 MiB", bounded);

        var html = HtmlList(HtmlEntries);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var read = await HtmlLists.ReadAsync(new MemoryStream(html), "followers_1.html", CancellationToken.None);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"An HTML list of {HtmlEntries:N0} entries ({html.Length / (double)MiB:F1} MiB) read in {clock.Elapsed.TotalSeconds:F2} s (CPU time {cpu.TotalSeconds:F2} s), in this process; {Program.LoadAverage()}");
        var linear = read.Count == HtmlEntries && clock.Elapsed.TotalSeconds <= 5;
        Program.Goal("all read, ≤ 5 s", linear);
        return met && bounded && linear;
    }

    private const long HostileValue = 500 * MiB;
    private const int HtmlEntries = 100_000;

    private sealed record Upload(HttpResponseMessage Response, JsonElement Body, TimeSpan Elapsed, TimeSpan Cpu, long Growth);

    /// <summary>Sends one archive to `POST /imports` while the API's memory is sampled.</summary>
    private static async Task<Upload> UploadAsync(ApiProcess api, HttpClient http, string zip)
    {
        var cpuBefore = Process.GetProcessById(api.Pid).TotalProcessorTime;
        await using var memory = await PeakMemory.StartAsync(api.Pid);
        var clock = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        await using var file = File.OpenRead(zip);
        form.Add(new StreamContent(file), "file", Path.GetFileName(zip));
        var response = await http.PostAsync("imports", form);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new Upload(response, body, clock.Elapsed, Process.GetProcessById(api.Pid).TotalProcessorTime - cpuBefore, memory.Growth);
    }

    /// <summary>One follower whose `value` is <paramref name="length"/> bytes that pack about 20×: under the ZIP bomb cap.</summary>
    private static void WriteHostileArchive(string path, long length)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var stream = zip.CreateEntry("connections/followers_and_following/followers_1.json", CompressionLevel.Fastest).Open();
        stream.Write("[{\"title\":\"\",\"string_list_data\":[{\"href\":\"https://www.instagram.com/fan_0\",\"value\":\""u8);
        var chunk = new byte[MiB];
        var random = new Random(7);
        for (var i = 0; i < chunk.Length; i++) chunk[i] = i % 64 == 63 ? (byte)('a' + random.Next(26)) : (byte)'a';
        for (long written = 0; written < length; written += chunk.Length) stream.Write(chunk);
        stream.Write("\",\"timestamp\":1}]}]"u8);
    }

    /// <summary>`followers_1.html` in the shape of the HTML download (docs/instagram-shapes.md §7).</summary>
    private static byte[] HtmlList(int entries)
    {
        var html = new StringBuilder("<html><head><title>Followers</title></head><body><main><div class=\"_a706\" role=\"main\">");
        for (var i = 0; i < entries; i++)
            html.Append($"""<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_a6-p"><div><div><a target="_blank" href="https://www.instagram.com/fan_{i:D6}">fan_{i:D6}</a></div><div>Nov 26, 2025 12:15 am</div></div></div></div>""");
        return Encoding.UTF8.GetBytes(html.Append("</div></main></body></html>").ToString());
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
