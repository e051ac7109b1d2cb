using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// Who a request comes from. Trusted: a client on `Security:TrustedNetworks`, connected directly (not relayed by a
/// proxy), that addressed this machine by a Host DNS rebinding cannot forge (see <see cref="HostNames.IsOwnHost"/>).
/// Unlocked: any client with a valid unlock cookie. Anyone else must unlock first.
/// </summary>
public sealed class ClientAccess(UnlockCookie cookies, IOptionsMonitor<SecurityOptions> options)
{
    public const string Trusted = "trusted";
    public const string Unlocked = "unlocked";

    private sealed record Parsed(string Networks, IReadOnlyList<System.Net.IPNetwork> TrustedNetworks, string Names, IReadOnlySet<string> HostNames);
    private Parsed? parsed; // parsed once per value of the settings, not on every request

    /// <summary><see cref="Trusted"/>, <see cref="Unlocked"/>, or null for a client that must unlock first.</summary>
    public string? Of(HttpContext http)
    {
        var settings = Settings();
        var trusted = !Relayed(http.Request)
                      && settings.TrustedNetworks.Contains(http.Connection.RemoteIpAddress)
                      && ValidatedHost.NameOf(http.Request) is { } host && HostNames.IsOwnHost(host, settings.HostNames);
        return trusted ? Trusted : cookies.IsValid(http) ? Unlocked : null;
    }

    /// <summary>
    /// A request relayed by a proxy (`tailscale serve`, nginx) arrives from the proxy's address, so one carrying
    /// forwarding headers is never trusted by address. `X-Original-*` are what ASP.NET Core's forwarded-headers
    /// middleware leaves once it has applied a trusted proxy's `X-Forwarded-*`.
    /// </summary>
    private static bool Relayed(HttpRequest request) =>
        request.Headers.ContainsKey("X-Forwarded-For") || request.Headers.ContainsKey("Forwarded") || request.Headers.ContainsKey("X-Real-IP")
        || request.Headers.ContainsKey("X-Original-For") || request.Headers.ContainsKey("X-Original-Proto");

    private Parsed Settings()
    {
        var o = options.CurrentValue;
        var current = parsed;
        if (current?.Networks != o.TrustedNetworks || current.Names != o.HostNames)
            parsed = current = new Parsed(o.TrustedNetworks, NetworkList.Parse(o.TrustedNetworks), o.HostNames, HostNames.Parse(o.HostNames));
        return current;
    }
}
