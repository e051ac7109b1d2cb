using System.Text.Json.Nodes;
using InstaIntel.Tests.Support;

namespace InstaIntel.Tests.Security;

/// <summary>A Host header that is not plain ASCII in the form an HTTP client writes it is never copied into a header or URL.</summary>
public sealed class HostHeaderTests(HostHeaderTests.App app) : IClassFixture<HostHeaderTests.App>
{
    public sealed class App : IDisposable
    {
        // Hosts the user named as this machine's, so loopback requests under them are trusted (Security:HostNames).
        public AppFactory Factory { get; } = AppFactory.With(new() { ["Security:HostNames"] = "xn--bcher-kva.example, xn--zz.example" });
        public void Dispose() => Factory.Dispose();
    }

    private async Task<HttpResponseMessage> GetAsync(string host, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Host", host);
        return await app.Factory.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("xn--bcher-kva.example")] // bücher.example
    [InlineData("xn--bcher-kva.example:8000")]
    [InlineData("xn--zz.example")] // punycode that does not decode
    public async Task A_punycode_host_gets_a_policy_in_ASCII_and_an_export_url_it_can_follow(string host)
    {
        await app.Factory.AddAccountAsync("exported");
        using var response = await GetAsync(host, "/graphql?query=" + Uri.EscapeDataString("""{ account(username: "exported") { exportUrl(view: FOLLOWERS, format: CSV) } }"""));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"connect-src 'self' ws://{host} wss://{host};", csp);
        var url = JsonNode.Parse(body)!["data"]!["account"]!["exportUrl"]!.GetValue<string>();
        Assert.StartsWith($"http://{host}/exports/", url);
    }

    [Theory]
    [InlineData("under_score.example")]
    public async Task A_host_Kestrel_lets_through_that_is_not_a_host_name_is_a_remote_client_and_never_echoed(string host)
    {
        await app.Factory.AddAccountAsync("exported");
        using var response = await GetAsync(host, "/graphql?query=" + Uri.EscapeDataString("""{ account(username: "exported") { exportUrl(view: FOLLOWERS, format: CSV) } }"""));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(host, body);
        Assert.DoesNotContain(response.Headers.SelectMany(h => h.Value), value => value.Contains(host));
    }
}
