using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Alerts;

/// <summary>A channel's server was refused because its address is inside this machine or network.</summary>
public sealed class DestinationRefusedException(string host, IPAddress address)
    : Exception($"{(IPAddress.TryParse(host.Trim('[', ']'), out _) ? host : $"{host} resolves to {address}, which")} is inside this machine or its network; " +
                "alerts go there only to host names listed under `Alerts:AllowPrivateHosts`.");

/// <summary>
/// Where alerts may go. A channel URL is a request this server makes for whoever saved it, so by default it reaches
/// only public addresses: loopback, link-local (cloud metadata), private, shared (tailnet), unspecified, multicast and
/// reserved ones are refused, except for host names listed in <see cref="AlertOptions.AllowPrivateHosts"/>. The check
/// runs on the address actually connected to (<see cref="ConnectAsync"/>), so a name that resolves differently at
/// send time than when it was saved cannot slip past it.
/// </summary>
public sealed class AlertDestinations(IOptions<AlertOptions> options)
{
    private static readonly IPNetwork[] Internal =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
        }.Select(IPNetwork.Parse),
    ];

    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return Internal.Any(n => n.Contains(address));
    }

    public bool AllowsPrivate(string host) =>
        options.Value.AllowPrivateHosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(allowed => string.Equals(allowed.Trim('[', ']'), host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Why a channel URL cannot be saved, without repeating a password it may hold; null when it may. Names are checked
    /// when sending: only an address written into the URL, or `localhost`, is refused here.
    /// </summary>
    public string? UrlProblem(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return "The URL is not an absolute http:// or https:// address.";
        if (uri.UserInfo.Length > 0)
            return "The URL holds a user name or password (`user:pass@`). Give the server's access token as the channel's secret instead.";
        if (AllowsPrivate(uri.Host)) return null;
        var host = uri.Host.Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || IPAddress.TryParse(host, out var address) && IsInternal(address))
            return $"The URL points inside this machine or its network ({uri.Host}). Alerts go there only to host names listed under `Alerts:AllowPrivateHosts`.";
        return null;
    }

    /// <summary>SocketsHttpHandler's connect step: resolves the host and connects only to an address alerts may reach.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var (host, port) = (context.DnsEndPoint.Host, context.DnsEndPoint.Port);
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var reachable = AllowsPrivate(host) ? addresses : addresses.Where(a => !IsInternal(a)).ToArray();
        if (reachable.Length == 0)
            throw addresses.Length == 0 ? new SocketException((int)SocketError.HostNotFound) : new DestinationRefusedException(host, addresses[0]);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(reachable, port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
