using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.GraphQL;

/// <summary>Every `where:` operator, compared with the same predicate over the known rows in memory.</summary>
[Trait("Database", "RunDefault")]
public sealed class FilterTests(FilterTests.World world) : IClassFixture<FilterTests.World>
{
    public sealed class World : IAsyncLifetime
    {
        public AppFactory App { get; } = new();

        public async Task InitializeAsync()
        {
            var account = await App.AddAccountAsync("filtered");
            await App.CrawlAsync(account.Id, Range(1, 60).Select(p => p.Pk == 7 ? p with { FullName = "" } : p));
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<long[]> PksAsync(string where)
    {
        var data = await world.App.GraphQL().DataAsync($$"""{ account(username: "filtered") { followers(first: 500, where: {{where}}) { nodes { pk } } } }""");
        return data["account"]!["followers"]!["nodes"]!.AsArray().Select(n => n!["pk"]!.GetValue<long>()).ToArray();
    }

    private static long[] Expected(Func<long, string, string, bool> predicate) =>
        Range(1, 60).Select(p => p.Pk == 7 ? p with { FullName = "" } : p)
            .Where(p => predicate(p.Pk, p.Username, p.FullName)).Select(p => p.Pk).ToArray();

    public static TheoryData<string, Func<long, string, string, bool>> StringOperations => new()
    {
        { """{ username: { eq: "user_0042" } }""", (_, u, _) => u == "user_0042" },
        { """{ username: { neq: "user_0042" } }""", (_, u, _) => u != "user_0042" },
        { """{ username: { contains: "_001" } }""", (_, u, _) => u.Contains("_001") },
        { """{ username: { ncontains: "5" } }""", (_, u, _) => !u.Contains('5') },
        { """{ username: { in: ["user_0001", "user_0060", "nobody"] } }""", (_, u, _) => u is "user_0001" or "user_0060" },
        { """{ username: { nin: ["user_0001", "user_0060"] } }""", (_, u, _) => u is not ("user_0001" or "user_0060") },
        { """{ username: { startsWith: "user_002" } }""", (_, u, _) => u.StartsWith("user_002") },
        { """{ username: { nstartsWith: "user_00" } }""", (_, u, _) => !u.StartsWith("user_00") },
        { """{ username: { endsWith: "3" } }""", (_, u, _) => u.EndsWith('3') },
        { """{ username: { nendsWith: "3" } }""", (_, u, _) => !u.EndsWith('3') },
        { """{ username: { contains: "USER" } }""", (_, _, _) => false },
        { """{ fullName: { eq: "" } }""", (_, _, f) => f == "" },
        { """{ username: { startsWith: "user_001", or: [{ endsWith: "1" }, { endsWith: "2" }] } }""", (_, u, _) => u.StartsWith("user_001") && (u.EndsWith('1') || u.EndsWith('2')) },
    };

    [Theory]
    [MemberData(nameof(StringOperations))]
    public async Task String_operations(string where, Func<long, string, string, bool> expected) =>
        Assert.Equal(Expected(expected), await PksAsync(where));

    public static TheoryData<string, Func<long, bool>> NumberOperations => new()
    {
        { "{ pk: { eq: 5 } }", pk => pk == 5 },
        { "{ pk: { neq: 5 } }", pk => pk != 5 },
        { "{ pk: { gt: 55 } }", pk => pk > 55 },
        { "{ pk: { ngt: 55 } }", pk => pk <= 55 },
        { "{ pk: { gte: 55 } }", pk => pk >= 55 },
        { "{ pk: { ngte: 55 } }", pk => pk < 55 },
        { "{ pk: { lt: 4 } }", pk => pk < 4 },
        { "{ pk: { nlt: 4 } }", pk => pk >= 4 },
        { "{ pk: { lte: 4 } }", pk => pk <= 4 },
        { "{ pk: { nlte: 4 } }", pk => pk > 4 },
        { "{ pk: { in: [2, 3, 99] } }", pk => pk is 2 or 3 },
        { "{ pk: { nin: [2, 3] } }", pk => pk is not (2 or 3) },
        { "{ isVerified: { eq: true } }", pk => pk % 10 == 0 },
        { "{ isPrivate: { neq: true } }", pk => pk % 3 != 0 },
        { "{ and: [{ pk: { gt: 10 } }, { pk: { lt: 20 } }], isVerified: { eq: false } }", pk => pk is > 10 and < 20 && pk % 10 != 0 },
        { "{ or: [{ pk: { lt: 3 } }, { pk: { gt: 58 } }] }", pk => pk is < 3 or > 58 },
    };

    [Theory]
    [MemberData(nameof(NumberOperations))]
    public async Task Number_and_boolean_operations(string where, Func<long, bool> expected) =>
        Assert.Equal(Expected((pk, _, _) => expected(pk)), await PksAsync(where));

    [Fact]
    public async Task Date_operations_compare_with_the_crawl_times()
    {
        Assert.Equal(60, (await PksAsync("""{ firstSeenAt: { gt: "2000-01-01T00:00:00Z" } }""")).Length);
        Assert.Empty(await PksAsync("""{ firstSeenAt: { gt: "2999-01-01T00:00:00Z" } }"""));
        Assert.Empty(await PksAsync("""{ lostAt: { neq: null } }"""));
    }

    [Fact]
    public async Task A_comparison_with_null_is_a_clear_error()
    {
        var result = await world.App.GraphQL().QueryAsync("""{ account(username: "filtered") { followers(where: { pk: { gt: null } }) { totalCount } } }""");
        Assert.Equal("FILTER_VALUE_NULL", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_filter_fields_are_validation_errors()
    {
        var result = await world.App.GraphQL().QueryAsync("""{ account(username: "filtered") { followers(where: { password: { eq: "x" } }) { totalCount } } }""");
        Assert.Null(result["data"]);
        Assert.Contains("password", result["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("username", "ASC")]
    [InlineData("username", "DESC")]
    [InlineData("fullName", "ASC")]
    [InlineData("pk", "DESC")]
    public async Task Sorting_orders_by_the_column_then_pk(string field, string direction)
    {
        var data = await world.App.GraphQL().DataAsync($$"""{ account(username: "filtered") { followers(first: 500, order: [{ {{field}}: {{direction}} }]) { nodes { pk } } } }""");
        var pks = data["account"]!["followers"]!["nodes"]!.AsArray().Select(n => n!["pk"]!.GetValue<long>()).ToArray();
        var rows = Range(1, 60).Select(p => p.Pk == 7 ? p with { FullName = "" } : p)
            .Select(p => (p.Pk, Key: field switch { "username" => p.Username, "fullName" => p.FullName, _ => p.Pk.ToString("D8") }));
        // The pk tie-breaker runs in the direction of the last sort key.
        var expected = (direction == "ASC"
                ? rows.OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Pk)
                : rows.OrderByDescending(r => r.Key, StringComparer.Ordinal).ThenByDescending(r => r.Pk))
            .Select(r => r.Pk);
        Assert.Equal(expected, pks);
    }
}
