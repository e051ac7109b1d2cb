using System.Security.Claims;
using GraphQL;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.Security;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Security;

public sealed class GraphQLLimitTests(GraphQLLimitTests.App app) : IClassFixture<GraphQLLimitTests.App>
{
    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = AppFactory.With(new() { ["GraphQL:MaxAliases"] = "3", ["GraphQL:MaxFragments"] = "2" });
        public void Dispose() => Factory.Dispose();
    }

    private async Task<string?> FirstErrorCodeAsync(string query) =>
        (await app.Factory.GraphQL().QueryAsync(query))["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task Aliases_beyond_the_limit_are_refused()
    {
        Assert.Null(await FirstErrorCodeAsync("{ a: __typename b: __typename c: __typename }"));
        Assert.Equal("TOO_MANY_ALIASES", await FirstErrorCodeAsync("{ a: __typename b: __typename c: __typename d: __typename }"));
    }

    [Fact]
    public async Task Fragments_beyond_the_limit_are_refused()
    {
        Assert.Null(await FirstErrorCodeAsync("{ ...A ...B } fragment A on Query { __typename } fragment B on Query { __typename }"));
        Assert.Equal("TOO_MANY_FRAGMENTS", await FirstErrorCodeAsync(
            "{ ...A ...B ...C } fragment A on Query { __typename } fragment B on Query { __typename } fragment C on Query { __typename }"));
    }

    [Fact]
    public async Task The_cost_counts_the_page_sizes_asked_for()
    {
        const string Nested = "{{ accounts(first: {0}) {{ nodes {{ followers(first: {0}) {{ nodes {{ username }} }} }} }} }}";
        Assert.Null(await FirstErrorCodeAsync(string.Format(Nested, 5)));
        var refused = await app.Factory.GraphQL().QueryAsync(string.Format(Nested, 500));
        Assert.Contains("complexity", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, "INTROSPECTION_FORBIDDEN")]
    [InlineData("unlocked", null)]
    [InlineData("trusted", null)]
    public async Task Introspection_is_only_for_trusted_or_unlocked_clients(string? access, string? expected)
    {
        var user = access is null ? new ClaimsPrincipal() : new ClaimsPrincipal(new ClaimsIdentity([new Claim(AccessGate.AccessClaim, access)], "test"));
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<AppSchema>>().ExecuteAsync(o =>
        {
            o.Query = "{ __schema { queryType { name } } }";
            o.RequestServices = scope.ServiceProvider;
            o.User = user;
        });
        Assert.Equal(expected, result.Errors?.FirstOrDefault()?.Code);
    }
}
