using System.Net.Http.Json;
using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Security;

/// <summary>Documents that cost far more to validate or answer than to send, under the default limits.</summary>
public sealed class DocumentSizeTests(DocumentSizeTests.App app) : IClassFixture<DocumentSizeTests.App>
{
    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    private HttpClient Client()
    {
        var client = app.Factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(20);
        return client;
    }

    /// <summary>Thirty fragments, each spreading the next twice: 2^30 fields once expanded.</summary>
    private static string FragmentBomb(int fragments = 30) =>
        "{ ...F0 } " + string.Concat(Enumerable.Range(0, fragments - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{fragments - 1} on Query {{ __typename }}";

    [Fact]
    public async Task A_fragment_bomb_sent_as_a_cross_site_GET_is_refused_before_it_is_expanded()
    {
        using var response = await Client().GetAsync("/graphql?query=" + Uri.EscapeDataString(FragmentBomb()));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("TOO_MANY_FIELDS", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Thousands_of_copies_of_one_field_are_refused()
    {
        using var response = await Client().PostAsJsonAsync("/graphql", new { query = "{ " + string.Concat(Enumerable.Repeat("__typename ", 8000)) + "}" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("TOO_MANY_FIELDS", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fragment_spread_many_times_counts_its_fields_each_time()
    {
        // 20 × (1 + 40) fields are within the default 1,000; 20 × (1 + 80) are not, though the document has 100.
        var spreads = string.Concat(Enumerable.Range(0, 20).Select(i => $"a{i}: dashboard {{ ...D }} "));
        var fields = string.Concat(Enumerable.Repeat("trackedAccounts ", 40));
        var within = await app.Factory.GraphQL().QueryAsync($"{{ {spreads} }} fragment D on Dashboard {{ {fields} }}");
        Assert.Null(within["errors"]);
        var beyond = await app.Factory.GraphQL().QueryAsync($"{{ {spreads} }} fragment D on Dashboard {{ {fields} {fields} }}");
        Assert.Equal("TOO_MANY_FIELDS", beyond["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
