using System.Text.Json.Nodes;
using InstaIntel.Api;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Persistence;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InstaIntel.Tests.Support.People;

namespace InstaIntel.Tests.Insights;

/// <summary>The FTS5 index follows `profiles`: new profiles in one batch when their crawl ends, renames and deletes at once.</summary>
// Not in the PostgreSQL run (scripts/test): SQLite's FTS5 table; PostgreSQL searches profiles itself (ProviderReadTests).
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

    [Fact]
    public async Task Profiles_enter_the_index_when_their_crawl_ends_even_when_it_fails_and_a_rename_before_that_is_kept()
    {
        using var app = new AppFactory();
        var account = await app.AddAccountAsync("net_batch");
        var crawlId = await app.WithScopeAsync(async sp =>
        {
            var ingest = sp.GetRequiredService<IngestService>();
            var crawl = await sp.BeginCrawlAsync(account.Id, CrawlLists.Followers);
            await ingest.IngestPageAsync(crawl.Id, FollowList.Followers, [Person(9_101) with { Username = "batch_first", FullName = "First Seen" }], "c1");
            await ingest.IngestPageAsync(crawl.Id, FollowList.Followers, [Person(9_101) with { Username = "batch_renamed", FullName = "Renamed Midway" }], "c2");
            return crawl.Id;
        });
        Assert.Equal(0, await Sql.ScalarAsync(app, "SELECT count(*) FROM profile_search WHERE profile_search MATCH '\"batch\"'"));
        Assert.Equal(0, await Sql.ScalarAsync(app, "SELECT count(*) FROM profiles WHERE pk = 9101"));

        await app.WithScopeAsync(sp => sp.GetRequiredService<IngestService>().StopAsync(crawlId, CrawlStatus.Failed, "test"));

        Assert.Equal("batch_renamed", (await SearchAsync(app, "named mid"))["profiles"]![0]!["username"]!.GetValue<string>());
        Assert.Empty((await SearchAsync(app, "first seen"))["profiles"]!.AsArray());
        Assert.Equal(0, await Sql.ScalarAsync(app, "SELECT count(*) FROM profile_search_pending"));
        // FTS5's own check fails with "database disk image is malformed" when the index and the rows disagree.
        await Sql.ScalarAsync(app, "SELECT count(*) FROM profiles");
        await app.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Database
            .ExecuteSqlRawAsync("INSERT INTO profile_search (profile_search, rank) VALUES ('integrity-check', 1)"));
    }
}
