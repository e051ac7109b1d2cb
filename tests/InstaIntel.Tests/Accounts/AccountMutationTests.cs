using System.Text.Json.Nodes;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Accounts;

/// <summary>Runs on SQLite; <see cref="AccountMutationOnPostgresTests"/> runs the same tests on PostgreSQL.</summary>
public class AccountMutationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Add = """
        mutation($target: String!) { addAccount(input: { target: $target }) {
          account { id username bookmarked }
          errors { __typename ... on Error { message } ... on InvalidHandleError { input } } } }
        """;

    private async Task<JsonNode> AddAsync(string target) => (await app.GraphQL().DataAsync(Add, new { target }))["addAccount"]!;

    [Fact]
    public async Task Adding_by_url_tracks_the_username()
    {
        var payload = await AddAsync("https://www.instagram.com/Some.Body_1/?igsh=abc");
        Assert.Equal("some.body_1", payload["account"]!["username"]!.GetValue<string>());
        Assert.Null(payload["errors"]);

        var again = await AddAsync("@some.body_1");
        Assert.Equal(payload["account"]!["id"]!.GetValue<string>(), again["account"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_handle_is_a_typed_error_and_adds_nothing()
    {
        var payload = await AddAsync("https://www.instagram.com/p/abc/");
        Assert.Null(payload["account"]);
        var error = payload["errors"]![0]!;
        Assert.Equal("InvalidHandleError", error["__typename"]!.GetValue<string>());
        Assert.Equal("https://www.instagram.com/p/abc/", error["input"]!.GetValue<string>());
        Assert.Contains("not a profile", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bookmarking_sets_and_clears()
    {
        var id = (await AddAsync("bookmark_me"))["account"]!["id"]!.GetValue<string>();
        const string bookmark = """
            mutation($id: ID!, $on: Boolean!) { bookmarkAccount(input: { accountId: $id, bookmarked: $on }) {
              account { bookmarked } errors { __typename } } }
            """;
        var on = await app.GraphQL().DataAsync(bookmark, new { id, on = true });
        Assert.True(on["bookmarkAccount"]!["account"]!["bookmarked"]!.GetValue<bool>());
        var off = await app.GraphQL().DataAsync(bookmark, new { id, on = false });
        Assert.False(off["bookmarkAccount"]!["account"]!["bookmarked"]!.GetValue<bool>());

        var missing = await app.GraphQL().DataAsync(bookmark, new { id = "QWNjb3VudDo5OTk5OQ==", on = true });
        Assert.Equal("AccountNotFoundError", missing["bookmarkAccount"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        var garbage = await app.GraphQL().DataAsync(bookmark, new { id = "%%%", on = true });
        Assert.Equal("AccountNotFoundError", garbage["bookmarkAccount"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public virtual async Task Deleting_removes_crawls_edges_and_only_the_profiles_no_one_else_holds()
    {
        var doomed = await app.AddAccountAsync("doomed");
        var keeper = await app.AddAccountAsync("keeper");
        await app.CrawlAsync(doomed.Id, Range(7001, 7010), Range(7011, 7012));
        await app.CrawlAsync(keeper.Id, Range(7008, 7009));

        var id = (await app.GraphQL().DataAsync("""{ account(username: "doomed") { id } }"""))["account"]!["id"]!.GetValue<string>();
        var payload = await app.GraphQL().DataAsync("mutation($id: ID!) { deleteAccount(input: { accountId: $id }) { deletedAccountId errors { __typename } } }", new { id });
        Assert.Equal(id, payload["deleteAccount"]!["deletedAccountId"]!.GetValue<string>());

        var (profiles, crawls, edges) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            return (await db.Profiles.Where(p => p.Pk >= 7001 && p.Pk <= 7012).Select(p => p.Pk).OrderBy(p => p).ToListAsync(),
                await db.Crawls.CountAsync(s => s.AccountId == doomed.Id),
                await db.Followers.CountAsync(e => e.TargetId == doomed.Id) + await db.Following.CountAsync(e => e.TargetId == doomed.Id));
        });
        Assert.Equal([7008L, 7009L], profiles);
        Assert.Equal((0, 0), (crawls, edges));
        Assert.Null((await app.GraphQL().DataAsync("""{ account(username: "doomed") { id } }"""))["account"]);

        var again = await app.GraphQL().DataAsync("mutation($id: ID!) { deleteAccount(input: { accountId: $id }) { deletedAccountId errors { __typename } } }", new { id });
        Assert.Equal("AccountNotFoundError", again["deleteAccount"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accounts_are_a_filterable_connection_and_reachable_by_node_id()
    {
        await AddAsync("listed_one");
        await AddAsync("listed_two");
        var data = await app.GraphQL().DataAsync("""{ accounts(where: { username: { startsWith: "listed_" } }, order: [{ username: DESC }]) { totalCount nodes { id username } } }""");
        var nodes = data["accounts"]!["nodes"]!.AsArray();
        Assert.Equal(["listed_two", "listed_one"], GraphQLClient.Strings(nodes, "username"));

        var node = await app.GraphQL().DataAsync("query($id: ID!) { node(id: $id) { __typename ... on Account { username } } }", new { id = nodes[0]!["id"]!.GetValue<string>() });
        Assert.Equal("listed_two", node["node"]!["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_ids_that_are_malformed_error_and_unknown_ones_are_null()
    {
        var unknown = await app.GraphQL().DataAsync("""{ node(id: "U2NyYXBlOjk5OTk5") { id } }""");
        Assert.Null(unknown["node"]);
        var malformed = await app.GraphQL().QueryAsync("""{ node(id: "***") { id } }""");
        Assert.Equal("INVALID_ID", malformed["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        var tooMany = await app.GraphQL().QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Enumerable.Repeat("U2NyYXBlOjE=", 11) });
        Assert.Equal("HC0038", tooMany["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
