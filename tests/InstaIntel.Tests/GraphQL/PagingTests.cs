using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.GraphQL;

/// <summary>Keyset cursor paging, forwards and backwards, with HotChocolate's errors at the edges.</summary>
[Trait("Database", "RunDefault")]
public sealed class PagingTests(PagingTests.World world) : IClassFixture<PagingTests.World>
{
    public sealed class World : IAsyncLifetime
    {
        public AppFactory App { get; } = new();

        public async Task InitializeAsync()
        {
            var account = await App.AddAccountAsync("paged");
            await App.CrawlAsync(account.Id, Range(1, 237));
        }

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String, $order: [FollowerSortInput!], $where: FollowerFilterInput) {
          account(username: "paged") { followers(first: $first, after: $after, last: $last, before: $before, order: $order, where: $where) {
            edges { cursor node { pk username } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            totalCount } } }
        """;

    private async Task<JsonNode> FollowersAsync(object variables) =>
        (await world.App.GraphQL().DataAsync(Page, variables))["account"]!["followers"]!;

    private async Task<JsonNode> ErrorAsync(object variables)
    {
        var result = await world.App.GraphQL().QueryAsync(Page, variables);
        Assert.Null(result["data"]!["account"]!["followers"]);
        return result["errors"]![0]!;
    }

    private static long[] Pks(JsonNode page) => page["edges"]!.AsArray().Select(e => e!["node"]!["pk"]!.GetValue<long>()).ToArray();

    [Fact]
    public async Task Paging_forwards_visits_every_row_once_in_order()
    {
        var seen = new List<long>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await FollowersAsync(new { first = 50, after });
            seen.AddRange(Pks(page));
            pages++;
            Assert.Equal(after is not null, page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        Assert.Equal(5, pages);
        Assert.Equal(Enumerable.Range(1, 237).Select(i => (long)i), seen);
    }

    [Fact]
    public async Task Paging_backwards_from_the_end_mirrors_forwards()
    {
        var last = await FollowersAsync(new { last = 10 });
        Assert.Equal(Enumerable.Range(228, 10).Select(i => (long)i), Pks(last));
        Assert.True(last["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.False(last["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var before = await FollowersAsync(new { last = 10, before = last["pageInfo"]!["startCursor"]!.GetValue<string>() });
        Assert.Equal(Enumerable.Range(218, 10).Select(i => (long)i), Pks(before));
        Assert.True(before["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_sorted_order_pages_with_ties_broken_by_pk()
    {
        var order = new object[] { new { fullName = "DESC" } };
        var first = await FollowersAsync(new { first = 3, order });
        var next = await FollowersAsync(new { first = 3, order, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var all = Pks(first).Concat(Pks(next)).ToArray();
        var expected = Range(1, 237).OrderByDescending(p => p.FullName, StringComparer.Ordinal).Take(6).Select(p => p.Pk);
        Assert.Equal(expected, all);
    }

    [Fact]
    public async Task The_total_count_ignores_paging_but_honours_the_filter()
    {
        var page = await FollowersAsync(new { first = 2, where = new { pk = new { lte = 100 } } });
        Assert.Equal(100, page["totalCount"]!.GetValue<int>());
        Assert.Equal(2, page["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task No_first_means_the_default_page_of_fifty()
    {
        Assert.Equal(50, Pks(await FollowersAsync(new { })).Length);
    }

    [Fact]
    public async Task Asking_for_more_than_the_maximum_is_HC0051_not_a_clamp()
    {
        var error = await ErrorAsync(new { first = 501 });
        Assert.Equal("The maximum allowed items per page were exceeded.", error["message"]!.GetValue<string>());
        Assert.Equal("HC0051", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(501, error["extensions"]!["requestedItems"]!.GetValue<int>());
        Assert.Equal(500, error["extensions"]!["maxAllowedItems"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_negative_page_size_is_HC0079()
    {
        var error = await ErrorAsync(new { last = -1 });
        Assert.Equal("HC0079", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task First_and_last_together_are_refused()
    {
        var error = await ErrorAsync(new { first = 1, last = 1 });
        Assert.Equal("PAGING_FIRST_AND_LAST", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("WyJ4Il0")]
    [InlineData("")]
    public async Task A_malformed_cursor_is_HC0078(string after)
    {
        var error = await ErrorAsync(new { first = 5, after });
        Assert.Equal("The cursor specified in `after` has an invalid format.", error["message"]!.GetValue<string>());
        Assert.Equal("HC0078", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cursor_replayed_under_another_order_is_HC0078()
    {
        var page = await FollowersAsync(new { first = 5 });
        var error = await ErrorAsync(new { first = 5, after = page["pageInfo"]!["endCursor"]!.GetValue<string>(), order = new object[] { new { username = "ASC" } } });
        Assert.Equal("HC0078", error["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cost_grows_with_the_page_sizes_asked_for()
    {
        const string nested = "{ accounts(first: 500) { nodes { followers(first: 500) { nodes { username fullName } } } } }";
        var refused = await world.App.GraphQL().QueryAsync(nested);
        Assert.Equal("COMPLEXITY", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var small = await world.App.GraphQL().DataAsync(nested.Replace("500", "10"));
        Assert.Equal(10, small["accounts"]!["nodes"]![0]!["followers"]!["nodes"]!.AsArray().Count);
    }
}
