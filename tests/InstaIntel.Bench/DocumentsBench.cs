using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace InstaIntel.Bench;

/// <summary>
/// What the API's CPU pays to refuse the largest bomb of each kind the request body limit (1 MiB) lets through:
/// documents whose validation would cost the square of their size, refused by the document budget instead.
/// </summary>
public static class DocumentsBench
{
    private const int BodyBytes = 1000 * 1024;

    public static async Task<bool> RunAsync(string repoRoot, string root)
    {
        var apiDll = Path.Combine(repoRoot, "api", "bin", "Release", "net10.0", "InstaIntel.Api.dll");
        await using var api = await ApiProcess.StartAsync(repoRoot, apiDll, Directory.CreateDirectory(Path.Combine(root, "documents")).FullName);
        using var http = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        using var process = Process.GetProcessById(api.Pid);
        Console.WriteLine();
        Console.WriteLine($"Documents: CPU of the API to refuse a {BodyBytes / 1024} KB bomb (best of 3, after a warm-up); {Program.LoadAverage()}");

        var worst = TimeSpan.Zero;
        foreach (var (name, query) in new[]
        {
            ("repeated directives", Filled("{ demoMode ", _ => "@include(if: true) ", "}")),
            ("unknown directives", Filled("{ demoMode ", _ => "@nope ", "}")),
            ("unknown arguments", Filled("{ demoMode(", i => $"a{i}: 1 ", ") }")),
            ("unused variables", Filled("query(", i => $"$v{i}: Int ", ") { demoMode }")),
            ("list values", Filled("{ demoMode(a: [", _ => "1, ", "]) }")),
        })
        {
            await RefuseAsync(http, query);
            var best = TimeSpan.MaxValue;
            string code = "";
            for (var run = 0; run < 3; run++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                code = await RefuseAsync(http, query);
                process.Refresh();
                best = TimeSpan.FromTicks(Math.Min(best.Ticks, (process.TotalProcessorTime - before).Ticks));
            }
            worst = TimeSpan.FromTicks(Math.Max(worst.Ticks, best.Ticks));
            Console.WriteLine($"   {name,-22} {best.TotalMilliseconds,7:F0} ms CPU   {code}");
        }
        Program.Goal("every bomb refused for ≤ 100 ms of CPU", worst <= TimeSpan.FromMilliseconds(100));
        return true;
    }

    private static async Task<string> RefuseAsync(HttpClient http, string query)
    {
        using var response = await http.PostAsJsonAsync("graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(not refused)";
    }

    private static string Filled(string prefix, Func<int, string> unit, string suffix)
    {
        var text = new StringBuilder(prefix);
        for (var i = 0; text.Length < BodyBytes - suffix.Length - 64; i++) text.Append(unit(i));
        return text.Append(suffix).ToString();
    }
}
