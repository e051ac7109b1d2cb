using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Tokens;

namespace InstaIntel.Tests.Companion;

/// <summary>
/// The browser companion as InstaIntel sees it: requests from an extension's background (Origin
/// `chrome-extension://…`) to an app on no trusted network, with the token pairing gave it.
/// </summary>
public sealed class Companion(TokenWorld world, string origin = Companion.ChromeOrigin)
{
    public const string ChromeOrigin = "chrome-extension://kbfnbcaeplbcioakkpcpgfkobkghlhen";

    public string? Secret { get; set; }

    /// <summary>An admin's pairing code, as Settings → Browser companion asks for one.</summary>
    public static async Task<JsonNode> CreatePairingAsync(TokenWorld world)
    {
        var (_, admin) = await world.CreateAsync(TokenScope.Admin);
        using var response = await world.PostAsync("mutation { createCompanionPairing { pairing { code expiresAt } } }", admin);
        return (await TokenWorld.JsonAsync(response))["data"]!["createCompanionPairing"]!["pairing"]!;
    }

    public async Task<HttpResponseMessage> PairAsync(string code, string name = "Chrome 142 on Linux")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/companion/pair") { Content = JsonContent.Create(new { code, name }) };
        request.Headers.TryAddWithoutValidation("Origin", origin);
        return await world.Http.SendAsync(request);
    }

    /// <summary>Pairs and keeps the token for the requests that follow.</summary>
    public async Task<Companion> PairedAsync()
    {
        var code = (await CreatePairingAsync(world))["code"]!.GetValue<string>();
        using var response = await PairAsync(code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Secret = (await TokenWorld.JsonAsync(response))["token"]!.GetValue<string>();
        return this;
    }

    public async Task<HttpResponseMessage> PostAsync(string query, object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables));
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Origin", origin);
        if (Secret is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        return await world.Http.SendAsync(request);
    }

    /// <summary>A query or mutation that must pass the gate; its whole JSON answer.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await PostAsync(query, variables);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Queues a browser crawl as the popup or the dashboard does; its ID.</summary>
    public async Task<string> StartAsync(string target, bool followers = true, bool following = true)
    {
        var answer = await QueryAsync("mutation($t: String!, $f: Boolean, $g: Boolean) { startCrawl(input: { target: $t, followers: $f, following: $g, inBrowser: true }) { crawl { id status source } errors { __typename ... on Error { message } } } }",
            new { t = target, f = followers, g = following });
        var crawl = answer["data"]?["startCrawl"]?["crawl"] ?? throw new Xunit.Sdk.XunitException(answer.ToJsonString());
        Assert.Equal("BROWSER", crawl["source"]!.GetValue<string>());
        return crawl["id"]!.GetValue<string>();
    }

    public async Task<JsonNode> ClaimAsync(string crawlId) =>
        (await QueryAsync("""
            mutation($id: ID!) { claimBrowserCrawl(input: { crawlId: $id }) {
              crawl { id status } plan { targetPk pageSize lists { list cursor fetched done } }
              errors { __typename ... on Error { message } } } }
            """, new { id = crawlId }))["data"]!["claimBrowserCrawl"]!;

    public const string Submit = """
        mutation($input: SubmitBrowserPageInput!) { submitBrowserPage(input: $input) {
          progress { status fetched expected percent }
          errors { __typename ... on Error { message } ... on InvalidPageError { field } ... on PageOutOfOrderError { expectedCursor listDone } } } }
        """;

    /// <summary>Submits one page; the payload (`progress`, `errors`).</summary>
    public async Task<JsonNode> SubmitAsync(string crawlId, string list, string? cursor, string? nextCursor, IEnumerable<object> users, string? targetPk = null, int? expected = null) =>
        (await QueryAsync(Submit, new { input = new { crawlId, list, cursor, nextCursor, targetPk, expected, users } }))["data"]!["submitBrowserPage"]!;

    /// <summary>A person as the extension sends them, from instagram.com's answer.</summary>
    public static object User(ProfileData p) => new { pk = p.Pk.ToString(), username = p.Username, fullName = p.FullName, profilePicUrl = p.ProfilePicUrl, isVerified = p.IsVerified, isPrivate = p.IsPrivate };

    /// <summary>Reads a whole list as the extension does: pages of 12, each cursor the count read so far.</summary>
    public async Task<JsonNode> SubmitListAsync(string crawlId, string list, IReadOnlyList<ProfileData> people, string? targetPk = null)
    {
        JsonNode? last = null;
        var pages = people.Chunk(12).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            last = await SubmitAsync(crawlId, list, i == 0 ? null : $"{i * 12}", i == pages.Count - 1 ? null : $"{(i + 1) * 12}",
                pages[i].Select(User), i == 0 ? targetPk : null, people.Count);
            Assert.True(last["errors"] is null, last.ToJsonString());
        }
        return last!;
    }
}
