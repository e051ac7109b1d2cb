using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Api.GraphQL.Transport;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.GraphQL;

/// <summary>GraphQL over HTTP: methods, media types, status codes and every malformed request a client can send.</summary>
public sealed class HttpTransportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Dashboard = "{ dashboard { trackedAccounts } }";
    private readonly HttpClient http = app.CreateClient();

    private static StringContent Json(string body, string contentType = "application/json") =>
        new(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType).MediaType!) { Headers = { ContentType = MediaTypeHeaderValue.Parse(contentType) } };

    private async Task<(HttpStatusCode Status, string? ContentType, JsonNode? Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request)
    {
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length > 0 ? JsonNode.Parse(text) : null, response);
    }

    private Task<(HttpStatusCode Status, string? ContentType, JsonNode? Body, HttpResponseMessage Response)> PostAsync(string body, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body, contentType) };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return SendAsync(request);
    }

    private static string? Code(JsonNode? body) => body?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task A_query_over_post_answers_with_json_and_no_store()
    {
        var (status, contentType, body, response) = await PostAsync($$"""{"query":"{{Dashboard}}"}""");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", contentType);
        Assert.Equal(0, body!["data"]!["dashboard"]!["trackedAccounts"]!.GetValue<int>() * 0);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task A_query_over_get_runs()
    {
        var (status, _, body, _) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Dashboard)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(body!["data"]!["dashboard"]);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_changes_nothing()
    {
        var mutation = """mutation { addAccount(input: {target: "via_get"}) { account { id } } }""";
        var (status, _, body, response) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(mutation)));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("METHOD_NOT_ALLOWED", Code(body));
        var account = await app.GraphQL().DataAsync("""{ account(username: "via_get") { id } }""");
        Assert.Null(account["account"]);
    }

    [Fact]
    public async Task Other_methods_get_405_with_allow()
    {
        var (status, _, _, response) = await SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = Json("{}") });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_post_that_is_not_utf8_json_is_refused_with_415(string contentType)
    {
        var (status, _, body, _) = await PostAsync($$"""{"query":"{{Dashboard}}"}""", contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("INVALID_CONTENT_TYPE", Code(body));
    }

    /// <summary>Multipart carries files (the upload spec), but a cross-site form can send it: without a preflight-only header nothing runs.</summary>
    [Fact]
    public async Task A_multipart_post_without_the_preflight_header_is_refused_before_anything_runs()
    {
        var (status, _, body, _) = await PostAsync($$"""{"query":"{{Dashboard}}"}""", contentType: "multipart/form-data; boundary=x");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("CSRF_PREVENTION", Code(body));
        var message = body!["errors"]![0]!["message"]!.GetValue<string>();
        Assert.All(MultipartRequests.PreflightHeaders, header => Assert.Contains(header, message));
    }

    [Theory]
    [InlineData("GraphQL-Require-Preflight", "1")]
    [InlineData("GraphQL-Preflight", "1")]
    [InlineData("Apollo-Require-Preflight", "true")]
    [InlineData("X-Apollo-Operation-Name", "Dashboard")]
    public async Task A_multipart_post_with_any_upload_client_s_preflight_header_runs(string header, string value)
    {
        var form = new MultipartFormDataContent("upload-boundary")
        {
            { new StringContent($$"""{"query":"{{Dashboard}}"}"""), "operations" },
            { new StringContent("{}"), "map" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = form };
        request.Headers.Add(header, value);
        var (status, _, body, _) = await SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body!["data"]!["dashboard"]!["trackedAccounts"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{\"query\": ", "JSON_INVALID")]
    [InlineData("[{\"query\":\"{ __typename }\"}]", "BATCHED_REQUESTS_NOT_SUPPORTED")]
    [InlineData("\"just a string\"", "JSON_INVALID")]
    [InlineData("{}", "QUERY_MISSING")]
    [InlineData("{\"query\": 42}", "JSON_INVALID")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "JSON_INVALID")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": 7}", "JSON_INVALID")]
    public async Task Malformed_bodies_get_400_with_a_code(string payload, string code)
    {
        var (status, _, body, _) = await PostAsync(payload);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, Code(body));
        Assert.Null(body!["data"]);
    }

    [Fact]
    public async Task Bad_variables_json_over_get_is_400()
    {
        var (status, _, body, _) = await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D&variables=%7Bnope"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("JSON_INVALID", Code(body));
    }

    [Fact]
    public async Task Validation_errors_are_400_under_graphql_response_json_and_200_under_json()
    {
        var bad = """{"query":"{ nope }"}""";
        var strict = await PostAsync(bad, accept: "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal("application/graphql-response+json", strict.ContentType);
        Assert.Null(strict.Body!["data"]);

        var legacy = await PostAsync(bad, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.NotNull(legacy.Body!["errors"]);
    }

    [Fact]
    public async Task A_syntax_error_says_where()
    {
        var (_, _, body, _) = await PostAsync("""{"query":"{ dashboard { "}""");
        Assert.Equal("SYNTAX_ERROR", Code(body));
        Assert.NotNull(body!["errors"]![0]!["locations"]);
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json;q=0.2, application/json", "application/json")]
    public async Task Accept_picks_the_response_type(string accept, string expected)
    {
        var (_, contentType, _, _) = await PostAsync($$"""{"query":"{{Dashboard}}"}""", accept);
        Assert.Equal(expected, contentType);
    }

    [Fact]
    public async Task Accept_naming_nothing_we_serve_is_406()
    {
        var (status, _, _, _) = await PostAsync($$"""{"query":"{{Dashboard}}"}""", accept: "application/pdf");
        Assert.Equal(HttpStatusCode.NotAcceptable, status);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_413()
    {
        var padding = new string(' ', 1024 * 1024 + 10);
        var (status, _, _, _) = await PostAsync($$"""{"query":"{ __typename }{{padding}}"}""");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task Deep_nesting_past_the_depth_limit_is_a_validation_error()
    {
        var deep = string.Concat(Enumerable.Repeat("crawls { nodes { account { ", 6)) + "id" + string.Concat(Enumerable.Repeat(" } } }", 6));
        var (status, _, body, _) = await PostAsync(new JsonObject { ["query"] = "{ " + deep + " }" }.ToJsonString(), "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("depth", body!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Nesting_beyond_the_parser_limit_is_refused_without_a_500()
    {
        var query = new string('{', 5000) + new string('}', 5000);
        var (status, _, body, _) = await PostAsync(new JsonObject { ["query"] = query }.ToJsonString(), "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]);
    }

    [Fact]
    public async Task An_alias_bomb_is_stopped_before_it_runs()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"a{i}: accounts(first: 500) {{ nodes {{ followers(first: 500) {{ nodes {{ username }} }} }} }}"));
        var (status, _, body, _) = await PostAsync(new JsonObject { ["query"] = "{ " + aliases + " }" }.ToJsonString(), "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        // The field and alias limits (Security) now stop it first; the cost limit alone is tested in GraphQLLimitTests.
        Assert.Matches("complexity|aliases|fields", body!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_subscription_over_plain_http_is_refused()
    {
        var (status, _, body, _) = await PostAsync("""{"query":"subscription { __typename }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("SUBSCRIPTION_OVER_HTTP", Code(body));
    }

    [Fact]
    public async Task The_sdl_is_served()
    {
        var sdl = await http.GetStringAsync("/graphql?sdl");
        Assert.Contains("type FollowersConnection", sdl);
        Assert.Equal(sdl, await http.GetStringAsync("/graphql/schema.graphql"));
    }

    [Fact]
    public async Task Introspection_is_on()
    {
        var data = await app.GraphQL().DataAsync("{ __schema { queryType { name } } __type(name: \"FollowerFilterInput\") { inputFields { name } } }");
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains("isLost", GraphQLClient.Strings(data["__type"]!["inputFields"], "name"));
    }

    [Fact]
    public async Task Health_answers_once_ready()
    {
        var response = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
