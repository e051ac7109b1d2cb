using System.Net;

namespace InstaIntel.Api.Security;

/// <summary>Networks from a comma-separated setting (`127.0.0.0/8, ::1, 100.64.0.0/10`); empty or `none` is no network.</summary>
public static class NetworkList
{
    public static readonly IPNetwork Tailnet = IPNetwork.Parse("100.64.0.0/10");

    public static IReadOnlyList<IPNetwork> Parse(string? setting) =>
        (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => !s.Equals("none", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Contains('/') ? IPNetwork.Parse(s) : new IPNetwork(IPAddress.Parse(s), IPAddress.Parse(s).GetAddressBytes().Length * 8))
            .ToList();

    public static bool Contains(this IReadOnlyList<IPNetwork> networks, IPAddress? address)
    {
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return networks.Any(n => n.Contains(address));
    }
}
