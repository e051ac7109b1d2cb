using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Api.Security;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Security;

/// <summary>
/// An app whose trusted networks are none, so the loopback test client is treated as a tailnet client; and a
/// plain HTTP client that keeps no cookies unless told.
/// </summary>
public sealed class RemoteClient : IDisposable
{
    public const string Passphrase = "open sesame, slowly";
    public AppFactory App { get; }
    public HttpClient Http { get; }
    public Uri BaseAddress { get; }

    private RemoteClient(AppFactory app)
    {
        App = app;
        BaseAddress = app.CreateClient().BaseAddress!;
        Http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    public static async Task<RemoteClient> StartAsync(Dictionary<string, string>? settings = null, bool withPassphrase = true,
        TimeProvider? clock = null, string? dataFolder = null)
    {
        var all = new Dictionary<string, string> { ["Security:TrustedNetworks"] = "none", ["Security:UnlockDelay"] = "00:00:00.400" };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var app = AppFactory.With(all, dataFolder, clock);
        if (withPassphrase) await SetPassphraseAsync(app, Passphrase);
        return new RemoteClient(app);
    }

    public static Task SetPassphraseAsync(AppFactory app, string passphrase) =>
        app.Services.GetRequiredService<Vault>().UpdateAsync(c => c with { PassphraseHash = PassphraseHash.Create(passphrase, memoryKib: 1024, iterations: 1) });

    /// <summary>Posts the passphrase; with `forwardedFor` as a proxy on loopback would relay a client (and `forwardedProto` its scheme).</summary>
    public Task<HttpResponseMessage> UnlockAsync(string passphrase, string? forwardedFor = null, string? forwardedProto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/unlock")
        {
            Content = new StringContent(new JsonObject { ["passphrase"] = passphrase }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        return Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> LockAsync(string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/lock");
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await Http.SendAsync(request);
    }

    /// <summary>Unlocks and returns the cookie as a Cookie header value.</summary>
    public async Task<string> UnlockedCookieAsync()
    {
        using var response = await UnlockAsync(Passphrase);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    public async Task<HttpResponseMessage> QueryAsync(string query, string? cookie = null, string accept = "application/json",
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await Http.SendAsync(request, completion);
    }

    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public Task<ClientWebSocket> ConnectAsync(string? cookie = null, string? origin = null) =>
        GraphQLSocket.ConnectAsync(BaseAddress, cookie: cookie, origin: origin);

    public void Dispose()
    {
        Http.Dispose();
        App.Dispose();
    }
}
