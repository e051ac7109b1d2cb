using System.Net;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// Which browser origins may talk to the API: the app's own, localhost, tailnet names (`*.ts.net`) and addresses
/// (100.64.0.0/10), and the configured ones. A request without an Origin header is not a cross-site browser request.
/// </summary>
public sealed class OriginPolicy(IOptionsMonitor<SecurityOptions> options)
{
    public bool Allows(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        if (uri.Scheme == request.Scheme && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)) return true;
        return IsAllowed(origin);
    }

    /// <summary>For origins other than the app's own (also what CORS answers).</summary>
    public bool IsAllowed(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal) || host.EndsWith(".ts.net", StringComparison.Ordinal)) return true;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
            return IPAddress.IsLoopback(address) || new[] { NetworkList.Tailnet }.Contains(address);
        var bare = uri.GetLeftPart(UriPartial.Authority);
        return options.CurrentValue.AllowedOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(o => string.Equals(o.TrimEnd('/'), bare, StringComparison.OrdinalIgnoreCase));
    }
}
