using System.Net;
using System.Text;
using InstaIntel.Tests.Support;
using static InstaIntel.Tests.Security.RemoteClient;
using static InstaIntel.Tests.Support.GraphQLSocket;

namespace InstaIntel.Tests.Security;

/// <summary>
/// A page on rebind.attacker.example whose name the attacker then points at 127.0.0.1: its browser connects from
/// loopback, sends `Host: rebind.attacker.example:P` and an Origin that matches it.
/// </summary>
public sealed class DnsRebindingTests(DnsRebindingTests.App app) : IClassFixture<DnsRebindingTests.App>
{
    public sealed class App : IDisposable
    {
        public AppFactory Factory { get; } = AppFactory.With(new() { ["Security:HostNames"] = "box.tail1234.ts.net" }); // loopback trusted, as by default
        public HttpClient Http { get; }
        public App() => Http = new HttpClient { BaseAddress = Factory.CreateClient().BaseAddress };
        public void Dispose() => Factory.Dispose();
    }

    private int Port => app.Http.BaseAddress!.Port;

    private Task<HttpResponseMessage> MutateAsync(string host, bool sameOrigin = true, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"mutation { logOut { connected } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = host;
        if (sameOrigin) request.Headers.Add("Origin", $"http://{host}");
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return app.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("rebind.attacker.example")]
    [InlineData("localhost.attacker.example")]
    [InlineData("2130706433")]
    public async Task A_loopback_request_naming_a_foreign_host_is_a_remote_client(string name)
    {
        using var response = await MutateAsync($"{name}:{Port}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNLOCK_REQUIRED", await ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("box.tail1234.ts.net")] // Security:HostNames
    public async Task A_loopback_request_naming_this_machine_is_trusted(string name)
    {
        using var response = await MutateAsync($"{name}:{Port}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_websocket_from_loopback_naming_a_foreign_host_is_closed_with_4401()
    {
        var host = $"rebind.attacker.example:{Port}";
        using var rebound = await ConnectWithHostAsync(app.Http.BaseAddress!, host, origin: $"http://{host}");
        await SendAsync(rebound, """{"type":"connection_init"}""");
        Assert.Equal(4401, await ClosedWithAsync(rebound));

        using var local = await ConnectWithHostAsync(app.Http.BaseAddress!, $"localhost:{Port}", origin: $"http://localhost:{Port}");
        await SendAsync(local, """{"type":"connection_init"}""");
        Assert.Equal("connection_ack", (await NextAsync(local))!["type"]!.GetValue<string>());
    }

    /// <summary>
    /// nginx or `tailscale serve` on this machine relays a local browser with `X-Forwarded-For: 127.0.0.1`; the
    /// forwarded-headers middleware believes a loopback proxy, so the client's address is loopback again. Still remote.
    /// </summary>
    [Theory]
    [InlineData("rebind.attacker.example")]
    [InlineData("localhost")]
    public async Task A_loopback_client_relayed_by_a_local_proxy_is_a_remote_client(string name)
    {
        using var response = await MutateAsync($"{name}:{Port}", forwardedFor: "127.0.0.1");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
