using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.GraphQL;

/// <summary>Requests that used to end in a 500 or an error named after an exception type: each gets a typed error that says what to do.</summary>
public sealed class RequestFaultTests(RequestFaultTests.App app) : IClassFixture<RequestFaultTests.App>
{
    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = new();
        public void Dispose() => Factory.Dispose();
    }

    private static (string Code, string Message) FirstError(JsonNode body) =>
        (body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>(), body["errors"]![0]!["message"]!.GetValue<string>());

    [Fact]
    public async Task A_lone_surrogate_escape_in_the_body_is_a_400_saying_the_JSON_is_not_text()
    {
        using var client = app.Factory.CreateClient();
        using var content = new StringContent("""{"query":"{ demoMode }","variables":{"name":"\ud800"}}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (code, message) = FirstError(JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        Assert.Equal("JSON_INVALID", code);
        Assert.Contains("unpaired UTF-16 surrogate", message);
    }

    [Fact]
    public async Task A_filter_nested_past_the_limit_is_refused_by_name()
    {
        static string Nested(int levels) =>
            Enumerable.Range(0, levels).Aggregate("{ username: { eq: \"x\" } }", (inner, _) => $"{{ and: [{inner}] }}");
        var within = await app.Factory.GraphQL().QueryAsync($"{{ accounts(where: {Nested(9)}) {{ nodes {{ username }} }} }}");
        Assert.Null(within["errors"]);

        var beyond = await app.Factory.GraphQL().QueryAsync($"{{ accounts(where: {Nested(31)}) {{ nodes {{ username }} }} }}");
        var (code, message) = FirstError(beyond);
        Assert.Equal("FILTER_TOO_DEEP", code);
        Assert.Contains("more than 10 levels", message);
    }

    [Fact]
    public async Task An_unexpected_exception_is_an_INTERNAL_error_naming_the_field_and_the_request()
    {
        await using var factory = AppFactory.With([]);
        await factory.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Database.ExecuteSqlRawAsync("ALTER TABLE accounts RENAME TO accounts_gone"));
        var body = await factory.GraphQL().QueryAsync("{ accounts { nodes { username } } }");
        var (code, message) = FirstError(body);
        Assert.Equal("INTERNAL", code);
        Assert.Matches(@"^Something went wrong answering `accounts`; the server log has the details \(request [^)]+\)\.$", message);
        Assert.DoesNotContain("Exception", body.ToJsonString());
    }
}
