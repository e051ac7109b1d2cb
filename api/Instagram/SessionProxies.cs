using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// The optional `Instagram:Proxies` list, shared out across sessions: a session with a proxy of its own always uses
/// that one, and each other session always uses the same one of the list (chosen from its key, the same in every
/// process), so Instagram only ever sees an account from one IP. A rate limit never moves a session to another proxy:
/// hopping IPs is what a hijacked account does; the crawl pauses instead.
/// </summary>
public sealed class SessionProxies : IWebProxy
{
    private static readonly AsyncLocal<Uri?> SessionProxy = new();
    private static readonly AsyncLocal<string?> SessionKey = new();

    /// <summary>Sets the proxy of the session the requests that follow, in this async flow, are made with.</summary>
    public static void UseSessionProxy(string? proxy) => SessionProxy.Value = proxy is null ? null : new Uri(proxy);

    /// <summary>Sets the session whose share of `Instagram:Proxies` the requests that follow, in this async flow, go through.</summary>
    public static void UseSession(string? sessionKey) => SessionKey.Value = sessionKey;

    private readonly Uri[] proxies;

    public SessionProxies(IOptions<InstagramOptions> options) =>
        proxies = options.Value.Proxies.Where(p => p.Length > 0).Select(p => new Uri(p)).ToArray();

    public bool Enabled => proxies.Length > 0;

    /// <summary>The proxy of `Instagram:Proxies` the session of this async flow uses.</summary>
    public Uri? Current => ProxyOf(SessionKey.Value);

    /// <summary>The proxy of `Instagram:Proxies` a session without its own always uses.</summary>
    public Uri? ProxyOf(string? sessionKey) =>
        Enabled ? proxies[BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(sessionKey ?? ""))) % proxies.Length] : null;

    public Uri? GetProxy(Uri destination) => SessionProxy.Value ?? Current;
    public bool IsBypassed(Uri host) => GetProxy(host) is null;
    public ICredentials? Credentials { get; set; }
}

/// <summary>Tells <see cref="SessionProxies"/> whose request this is, from the session key <see cref="InstagramClient"/> puts on it.</summary>
public sealed class SessionProxyHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        SessionProxies.UseSession(request.Options.TryGetValue(new HttpRequestOptionsKey<string>(InstagramClient.SessionKeyOption), out var key) ? key : null);
        return await base.SendAsync(request, ct);
    }
}
