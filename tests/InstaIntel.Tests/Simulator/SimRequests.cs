using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Simulator;

/// <summary>
/// Requests shaped as instagram.com's web app and the Android app send them, written out here rather than borrowed
/// from the simulator, so these tests check the simulator against what a client really sends.
/// </summary>
internal static class SimRequests
{
    public const string BrowserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";
    public const string AppAgent = "Instagram 448.0.0.0.20 Android (34/14; 480dpi; 1344x2992; Google/google; Pixel 8 Pro; husky; husky; en_US; 1065560286)";
    public const string WebAppId = "936619743392459";
    public const string AndroidAppId = "567067343352427";

    /// <summary>A client that neither keeps nor sends cookies by itself, so each test says which cookies travel.</summary>
    public static HttpClient Client(string url) => new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

    public static HttpRequestMessage Web(string path, string? session, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", BrowserAgent);
        request.Headers.Add("X-IG-App-ID", WebAppId);
        if (session is not null) request.Headers.Add("Cookie", $"sessionid={session}");
        return request;
    }

    public static HttpRequestMessage App(string path, string? session, long pk = 9_001, HttpMethod? method = null, string agent = AppAgent)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", agent);
        request.Headers.Add("X-IG-App-ID", AndroidAppId);
        request.Headers.Add("X-IG-Device-ID", "0f0e0d0c-aaaa-bbbb-cccc-123456789abc");
        request.Headers.Add("X-IG-Android-ID", "android-0123456789abcdef");
        if (session is not null) request.Headers.TryAddWithoutValidation("Authorization", Bearer(session, pk));
        return request;
    }

    public static string Bearer(string session, long pk) =>
        "Bearer IGT:2:" + Convert.ToBase64String(Encoding.UTF8.GetBytes($$"""{"ds_user_id":"{{pk}}","sessionid":"{{session}}"}"""));

    /// <summary>The session id inside an `IGT:2:` Bearer token.</summary>
    public static string SessionOf(string bearer)
    {
        const string prefix = "Bearer IGT:2:";
        Assert.StartsWith(prefix, bearer);
        var json = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(bearer[prefix.Length..])))!;
        return json["sessionid"]!.GetValue<string>();
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> AskAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
        }
    }

    public static async Task<JsonObject> StatsAsync(this SimulatorHost sim) =>
        (await sim.Admin.GetFromJsonAsync<JsonObject>("/__simulator/stats"))!;

    /// <summary>Adds a public target and returns its pk.</summary>
    public static async Task<long> TargetAsync(this SimulatorHost sim, string username, int followers)
    {
        var response = await sim.Admin.PostAsJsonAsync("/__simulator/targets", new { username, followers });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["pk"]!.GetValue<long>();
    }

    public static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, got {actual?.ToJsonString()}");
}
