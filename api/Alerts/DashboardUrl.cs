using InstaIntel.Api.Hosting;
using InstaIntel.Api.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Alerts;

/// <summary>
/// Where links in alerts point: `Alerts:BaseUrl` when set; else the tailnet name among `Security:HostNames`
/// (`tailscale serve` answers it over https); else the address this process listens on, read once the server has
/// started, so a port given by `--urls` or `ASPNETCORE_URLS` is the port in the link.
/// </summary>
public sealed class DashboardUrl(IOptions<AlertOptions> alerts, IOptions<SecurityOptions> security, IServiceProvider services)
{
    /// <summary>Before the server has started (or in a process without one), the documented default.</summary>
    public const string Fallback = "http://localhost:8000";

    public string Base => (alerts.Value.BaseUrl is { Length: > 0 } configured ? configured : TailnetName() ?? Listening() ?? Fallback).TrimEnd('/');

    public string To(string path) => Base + path;

    private string? TailnetName() =>
        HostNames.Parse(security.Value.HostNames).Where(n => n.EndsWith(".ts.net", StringComparison.Ordinal)).Order().FirstOrDefault() is { } name
            ? "https://" + name
            : null;

    private string? Listening()
    {
        if (ListeningAddresses.Of(services.GetService<IServer>()).FirstOrDefault() is not { } address) return null;
        // A name other than localhost would fail the Host check unless it is in Security:HostNames (DNS rebinding).
        var host = address.Host is "*" or "+" or "0.0.0.0" or "[::]" or "::" ? "localhost" : address.Host;
        var defaultPort = address.Scheme == "https" ? 443 : 80;
        return $"{address.Scheme}://{host}{(address.Port is 0 || address.Port == defaultPort ? "" : $":{address.Port}")}";
    }
}
