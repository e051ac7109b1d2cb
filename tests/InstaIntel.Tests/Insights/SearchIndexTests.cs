using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Insights;

/// <summary>The FTS5 index is kept in step with `profiles` by triggers: inserts, renames and deletes.</summary>
public sealed class SearchIndexTests
{
    private static async Task<JsonNode> SearchAsync(AppFactory app, string text) =>
        (await app.GraphQL().DataAsync("query($t: String!) { search(text: $t) { profiles { pk username } } }", new { t = text }))["search"]!;

    [Fact]
    public async Task The_search_index_follows_renames_and_deletes()
    {
        using var app = new AppFactory();
        var account = await app.AddAccountAsync("net_rename");
        await app.CrawlAsync(account.Id, [Person(9_001) with { Username = "before_rename", FullName = "Old Name" }]);
        Assert.Single((await SearchAsync(app, "before_ren"))["profiles"]!.AsArray());
        Assert.Single((await SearchAsync(app, "old na"))["profiles"]!.AsArray());

        await app.CrawlAsync(account.Id, [Person(9_001) with { Username = "after_rename", FullName = "New Name" }]);
        Assert.Empty((await SearchAsync(app, "Old Name"))["profiles"]!.AsArray());
        Assert.Empty((await SearchAsync(app, "before_ren"))["profiles"]!.AsArray());
        Assert.Equal("after_rename", (await SearchAsync(app, "fter_ren"))["profiles"]![0]!["username"]!.GetValue<string>());

        var deleted = await app.GraphQL().DataAsync("mutation($id: ID!) { deleteAccount(input: { accountId: $id }) { errors { __typename } } }",
            new { id = InstaIntel.Api.GraphQL.Relay.GlobalId.Encode("Account", account.Id) });
        Assert.Null(deleted["deleteAccount"]!["errors"]);
        Assert.Equal(0, await Sql.ScalarAsync(app, "SELECT count(*) FROM profiles"));
        Assert.Empty((await SearchAsync(app, "fter_ren"))["profiles"]!.AsArray());
        Assert.Equal(0, await Sql.ScalarAsync(app, "SELECT count(*) FROM profile_search WHERE profile_search MATCH '\"rename\"'"));
    }
}
