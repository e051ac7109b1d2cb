using InstaIntel.Api.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// Which browser origins may talk to the API: the app's own (the origin names the Host the request was sent to),
/// `http://localhost`, `http://127.0.0.1` and `http://[::1]` on a port the app listens on (not any port: another
/// program's page on this machine is another site), this machine's `Security:HostNames`, and exactly the origins of
/// `Security:AllowedOrigins`. No suffix matches: anyone can publish a page on some `*.ts.net` name with Tailscale
/// Funnel. A request without an Origin header is not a cross-site browser request.
/// </summary>
public sealed class OriginPolicy(IOptionsMonitor<SecurityOptions> options, IServer server)
{
    public bool Allows(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        if (!HostNames.TrySplitOrigin(origin, out var scheme, out _) || scheme is not ("http" or "https")) return false;
        if (ValidatedHost.Of(request) is { } host && string.Equals(origin, $"{request.Scheme}://{host}", StringComparison.OrdinalIgnoreCase)) return true;
        return IsAllowed(origin);
    }

    /// <summary>A browser extension's own pages and background: `chrome-extension://<id>` (Chrome, Edge) or `moz-extension://<uuid>` (Firefox).</summary>
    public static bool IsBrowserExtension(string origin) =>
        HostNames.TrySplitOrigin(origin, out var scheme, out _) && scheme is "chrome-extension" or "moz-extension";

    /// <summary>For origins other than the app's own (also what CORS answers).</summary>
    public bool IsAllowed(string origin)
    {
        if (!HostNames.TrySplitOrigin(origin, out var scheme, out var host) || scheme is not ("http" or "https")) return false;
        var o = options.CurrentValue;
        if (scheme == "http" && HostNames.IsLoopback(host) && ListensOn(new Uri(origin).Port)) return true;
        if (HostNames.Parse(o.HostNames).Contains(host)) return true;
        return o.AllowedOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(allowed => string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));
    }

    private bool ListensOn(int port) => ListeningAddresses.Of(server).Any(a => a.Port == port);
}
