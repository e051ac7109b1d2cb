using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.GraphQL;

/// <summary>`GET /graphql` from a browser is GraphiQL (the client's exported page); from a GraphQL client it is a query.</summary>
public sealed class GraphiQLPageTests : IDisposable
{
    private const string PageMarker = "<title>GraphiQL test page</title>";
    private readonly string client = Path.Combine(Path.GetTempPath(), "instaintel-tests", "client-" + Guid.NewGuid().ToString("N"));
    private readonly AppFactory app;

    public GraphiQLPageTests()
    {
        Directory.CreateDirectory(Path.Combine(client, "graphiql"));
        File.WriteAllText(Path.Combine(client, "graphiql", "index.html"), $"<!DOCTYPE html><html><head>{PageMarker}</head></html>");
        File.WriteAllText(Path.Combine(client, "index.html"), "<!DOCTYPE html><html><head><title>dashboard</title></head></html>");
        app = AppFactory.With(new() { ["client"] = client });
    }

    private static HttpRequestMessage Get(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    [Fact]
    public async Task A_browser_asking_for_html_gets_the_GraphiQL_page()
    {
        var response = await app.CreateClient().SendAsync(Get("/graphql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(PageMarker, await response.Content.ReadAsStringAsync());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task A_GraphQL_client_asking_for_json_still_gets_the_query_result()
    {
        var response = await app.CreateClient().SendAsync(Get("/graphql?query=" + Uri.EscapeDataString("{ dashboard { trackedAccounts } }"), "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(0, body["data"]!["dashboard"]!["trackedAccounts"]!.GetValue<int>());
    }

    [Fact]
    public async Task Html_refused_with_q_zero_is_not_the_page()
    {
        var response = await app.CreateClient().SendAsync(Get("/graphql?query=" + Uri.EscapeDataString("{ dashboard { trackedAccounts } }"), "text/html;q=0, application/json"));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_a_client_build_the_browser_is_told_how_to_build_it()
    {
        using var bare = new AppFactory(); // points at a client folder that does not exist
        var response = await bare.CreateClient().SendAsync(Get("/graphql", "text/html"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("scripts/start", await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(client, recursive: true);
    }
}
