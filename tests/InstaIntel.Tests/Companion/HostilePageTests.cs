using System.Net;
using System.Text.Json.Nodes;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Support;
using InstaIntel.Tests.Tokens;
using static InstaIntel.Tests.Companion.Companion;

namespace InstaIntel.Tests.Companion;

/// <summary>Pages no instagram.com answer could be, for the wrong crawl, out of order or from the wrong token: refused, nothing stored.</summary>
public sealed class HostilePageTests
{
    private static object Someone(string pk = "101", string username = "someone") => new { pk, username };

    private static void AssertRefused(JsonNode payload, string error, string? field = null)
    {
        Assert.Null(payload["progress"]);
        Assert.Equal(error, payload["errors"]![0]!["__typename"]!.GetValue<string>());
        if (field is not null) Assert.Equal(field, payload["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_pages_are_refused_by_what_is_wrong_with_them()
    {
        using var world = new TokenWorld();
        var extension = await new Companion(world).PairedAsync();
        var id = await extension.StartAsync("target", following: false);
        await extension.ClaimAsync(id);

        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", People.Range(1, 201).Select(User), "900"), "InvalidPageError", "users");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone(username: "no spaces!")], "900"), "InvalidPageError", "users");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone(username: new string('a', 50_000))], "900"), "InvalidPageError", "users");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone(pk: "12a")], "900"), "InvalidPageError", "users");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone(pk: "-5")], "900"), "InvalidPageError", "users");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone(pk: "99999999999999999999999")], "900"), "InvalidPageError", "users");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, new string('x', 20_000), [Someone()], "900"), "InvalidPageError", "nextCursor");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [new { pk = "101", username = "someone", profilePicUrl = "javascript:alert(1)" }], "900"), "InvalidPageError", "users");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone()], "not-a-pk"), "InvalidPageError", "targetPk");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone()]), "InvalidPageError", "targetPk");
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWING", null, "12", [Someone()], "900"), "InvalidPageError", "list");

        var outOfOrder = await extension.SubmitAsync(id, "FOLLOWERS", "24", "36", [Someone()], "900");
        AssertRefused(outOfOrder, "PageOutOfOrderError");
        Assert.Null(outOfOrder["errors"]![0]!["expectedCursor"]);

        var first = await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone()], "900");
        Assert.Equal(1, first["progress"]!["fetched"]!.GetValue<int>());
        var replayed = await extension.SubmitAsync(id, "FOLLOWERS", null, "12", [Someone()], "900");
        AssertRefused(replayed, "PageOutOfOrderError");
        Assert.Equal("12", replayed["errors"]![0]!["expectedCursor"]!.GetValue<string>());
        AssertRefused(await extension.SubmitAsync(id, "FOLLOWERS", "12", null, [Someone("102", "other")], "901"), "InvalidPageError", "targetPk");

        var crawl = (await extension.QueryAsync("query($id: ID!) { node(id: $id) { ... on Crawl { followersFetched status } } }", new { id }))["data"]!["node"]!;
        Assert.Equal((1, "RUNNING"), (crawl["followersFetched"]!.GetValue<int>(), crawl["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Pages_for_another_crawl_from_another_token_a_read_token_or_a_revoked_one_are_refused()
    {
        using var world = new TokenWorld();
        var extension = await new Companion(world).PairedAsync();
        var id = await extension.StartAsync("target");
        await extension.ClaimAsync(id);

        var serverCrawl = (await extension.QueryAsync("""mutation { startCrawl(input: { target: "elsewhere" }) { crawl { id } } }"""))["data"]!["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
        AssertRefused(await extension.SubmitAsync(serverCrawl, "FOLLOWERS", null, null, [Someone()], "900"), "NotABrowserCrawlError");
        Assert.Equal("NotABrowserCrawlError", (await extension.ClaimAsync(serverCrawl))["errors"]![0]!["__typename"]!.GetValue<string>());
        AssertRefused(await extension.SubmitAsync(Api.GraphQL.Relay.GlobalId.Encode("Crawl", 9999), "FOLLOWERS", null, null, [Someone()], "900"), "CrawlNotFoundError");

        var other = await new Companion(world).PairedAsync();
        AssertRefused(await other.SubmitAsync(id, "FOLLOWERS", null, null, [Someone()], "900"), "CrawlClaimedElsewhereError");
        Assert.Equal("CrawlClaimedElsewhereError", (await other.ClaimAsync(id))["errors"]![0]!["__typename"]!.GetValue<string>());

        var (_, read) = await world.CreateAsync(TokenScope.Read);
        var reader = new Companion(world) { Secret = read };
        var refused = await reader.QueryAsync(Submit, new { input = new { crawlId = id, list = "FOLLOWERS", users = new[] { Someone() } } });
        Assert.Equal("crawl", refused["errors"]![0]!["extensions"]!["scope"]!.GetValue<string>());

        var tokenId = (await world.Tokens.ListAsync(CancellationToken.None)).Single(t => t.Name.StartsWith("Browser companion") && ApiTokens.Hash(extension.Secret!) == t.SecretHash).Id;
        await world.Tokens.RevokeAsync(tokenId, CancellationToken.None);
        using var revoked = await extension.PostAsync(Submit, new { input = new { crawlId = id, list = "FOLLOWERS", users = new[] { Someone() } } });
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);

        // A revoked companion's claim does not hold: the newly paired one takes the crawl over.
        Assert.Equal("RUNNING", (await other.ClaimAsync(id))["crawl"]!["status"]!.GetValue<string>());
    }
}
