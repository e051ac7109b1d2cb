using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Security;

/// <summary>
/// Documents near the 1 MiB body limit whose validation cost grows with the square of their errors: each is refused
/// by its budget, for a bounded amount of CPU (the app runs in this process, so its processor time is the refusal's).
/// </summary>
public sealed class DocumentBudgetTests(DocumentBudgetTests.App app) : IClassFixture<DocumentBudgetTests.App>
{
    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    /// <summary>As many copies of <paramref name="unit"/> as fit in a request body of about 1,000 KB.</summary>
    private static string Filled(string prefix, Func<int, string> unit, string suffix)
    {
        var text = new StringBuilder(prefix);
        for (var i = 0; text.Length < 1000 * 1024 - suffix.Length - 64; i++) text.Append(unit(i));
        return text.Append(suffix).ToString();
    }

    public static TheoryData<string, string, string> Bombs => new()
    {
        { Filled("{ demoMode ", _ => "@include(if: true) ", "}"), "TOO_MANY_DIRECTIVES", "The document uses more than 100 directives." },
        { Filled("{ demoMode ", _ => "@nope ", "}"), "TOO_MANY_DIRECTIVES", "The document uses more than 100 directives." },
        { Filled("{ demoMode(", i => $"a{i}: 1 ", ") }"), "TOO_MANY_ARGUMENTS", "The document passes more than 500 arguments (to fields and directives)." },
        { Filled("query(", i => $"$v{i}: Int ", ") { demoMode }"), "TOO_MANY_VARIABLES", "The document defines more than 100 variables." },
        { Filled("{ demoMode(a: [", _ => "1, ", "]) }"), "TOO_MANY_NODES", "The document has more than 20000 syntax nodes (names, fields, arguments, values…)." },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task A_document_past_its_budget_is_refused_by_name_for_little_CPU(string query, string code, string message)
    {
        using var client = app.Factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);
        await client.PostAsJsonAsync("/graphql", new { query = "{ demoMode }" }); // warm up: JIT and schema

        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        process.Refresh();
        var cpu = process.TotalProcessorTime - before;

        Assert.Equal(code, body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(message, body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.True(cpu < TimeSpan.FromSeconds(1), $"{cpu.TotalMilliseconds:F0} ms of CPU to refuse it");
    }

    [Fact]
    public async Task Validation_stops_at_the_error_cap_and_says_so()
    {
        var fields = string.Join(' ', Enumerable.Range(0, 900).Select(i => $"nope{i}"));
        using var client = app.Factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = $"{{ {fields} }}" });
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Equal(101, errors.Count);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", errors[0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_ERRORS", errors[100]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Validation stopped after the first 100 errors.", errors[100]!["message"]!.GetValue<string>());
    }
}
