using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace InstaIntel.Api.Security;

/// <summary>
/// Names and addresses as a browser writes them in a Host header or an Origin, compared as written: `2130706433`
/// and `[::ffff:7f00:1]` reach loopback too, but they are not the spellings InstaIntel accepts as "localhost".
/// </summary>
public static class HostNames
{
    /// <summary>The canonical loopback spellings a browser uses for this machine.</summary>
    public static bool IsLoopback(string host) => host is "localhost" or "127.0.0.1" or "[::1]";

    /// <summary>
    /// A Host that DNS rebinding cannot produce: localhost, an address literal (a browser sends the address it
    /// connected to), or one of this machine's configured names. Any other name may be an attacker's, pointed at us.
    /// </summary>
    public static bool IsOwnHost(string host, IReadOnlyCollection<string> configured)
    {
        host = host.ToLowerInvariant();
        return IsLoopback(host) || IsDottedQuad(host) || IsBracketedIPv6(host) || configured.Contains(host);
    }

    /// <summary>The names of `Security:HostNames`, lower case.</summary>
    public static IReadOnlySet<string> Parse(string? setting) =>
        (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.TrimEnd('.').ToLowerInvariant()).ToHashSet();

    /// <summary>Splits `scheme://host[:port]` as written, without the normalising that <see cref="Uri"/> does.</summary>
    public static bool TrySplitOrigin(string origin, out string scheme, out string host)
    {
        scheme = host = "";
        var separator = origin.IndexOf("://", StringComparison.Ordinal);
        if (separator <= 0) return false;
        scheme = origin[..separator].ToLowerInvariant();
        var authority = origin[(separator + 3)..];
        if (authority.IndexOfAny(['/', '?', '#', '@', '\\', ' ']) >= 0 || !TrySplitAuthority(authority, out host)) return false;
        if (host.StartsWith('[') && !host.EndsWith(']')) return false;
        host = host.ToLowerInvariant();
        return true;
    }

    /// <summary>`host[:port]` (an IPv6 host in brackets) to its host, as written; false for an empty host or a port that is not one.</summary>
    public static bool TrySplitAuthority(string authority, out string host)
    {
        var portAt = authority.StartsWith('[') ? authority.IndexOf("]:", StringComparison.Ordinal) + 1 : authority.LastIndexOf(':');
        host = portAt > 0 ? authority[..portAt] : authority;
        return host.Length > 0
            && (portAt <= 0 || ushort.TryParse(authority[(portAt + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }

    private static bool IsDottedQuad(string host)
    {
        var parts = host.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && (p.Length == 1 || p[0] != '0') && int.Parse(p) <= 255);
    }

    private static bool IsBracketedIPv6(string host) =>
        host.Length > 2 && host[0] == '[' && host[^1] == ']'
        && IPAddress.TryParse(host[1..^1], out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
}
