using System.Net;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// The optional `Instagram:Proxies` list: requests go through the current proxy, and a rate limit moves the crawl
/// to the next one. Instagram ties limits to the IP as well as the session, so a fresh IP may go on where the old
/// one was told to wait; when every proxy has been limited in turn, the crawl pauses as it would without proxies.
/// A session with a proxy of its own always uses that one, so the account is only ever seen from its own IP.
/// </summary>
public sealed class ProxyRotation : IWebProxy
{
    private static readonly AsyncLocal<Uri?> SessionProxy = new();

    /// <summary>Sets the proxy of the session the requests that follow, in this async flow, are made with.</summary>
    public static void UseSessionProxy(string? proxy) => SessionProxy.Value = proxy is null ? null : new Uri(proxy);

    private readonly Uri[] proxies;
    private int current;
    private int rotationsSinceSuccess;

    public ProxyRotation(IOptions<InstagramOptions> options) =>
        proxies = options.Value.Proxies.Where(p => p.Length > 0).Select(p => new Uri(p)).ToArray();

    public bool Enabled => proxies.Length > 0;
    public Uri? Current => Enabled ? proxies[Volatile.Read(ref current) % proxies.Length] : null;

    /// <summary>Moves to the next proxy; false once every proxy has been tried since the last success.</summary>
    public bool RotateAfterLimit()
    {
        if (!Enabled || Interlocked.Increment(ref rotationsSinceSuccess) >= proxies.Length)
        {
            Interlocked.Exchange(ref rotationsSinceSuccess, 0);
            return false;
        }
        Interlocked.Increment(ref current);
        return true;
    }

    public void Succeeded() => Interlocked.Exchange(ref rotationsSinceSuccess, 0);

    public Uri? GetProxy(Uri destination) => SessionProxy.Value ?? Current;
    public bool IsBypassed(Uri host) => GetProxy(host) is null;
    public ICredentials? Credentials { get; set; }
}
