using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
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
}
