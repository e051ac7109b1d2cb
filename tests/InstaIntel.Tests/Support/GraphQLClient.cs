using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace InstaIntel.Tests.Support;

public sealed class GraphQLClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Runs a query that must succeed without errors and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var result = await QueryAsync(query, variables);
        Assert.True(result["errors"] is null, $"Unexpected errors: {result["errors"]?.ToJsonString()}");
        return result["data"]!;
    }

    public static string[] Strings(JsonNode? array, string field) =>
        array!.AsArray().Select(n => n![field]!.GetValue<string>()).ToArray();

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
