using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace InstaIntel.Api.Security;

/// <summary>
/// The client's CSP: its own files, Instagram's image CDNs, no framing. The static export's pages carry inline
/// scripts (Next.js boot and flight data), so each HTML page's policy names the SHA-256 of its own inline scripts
/// instead of allowing every inline script.
/// </summary>
public static partial class ContentSecurityPolicy
{
    public static readonly string[] ImageHosts = ["https://*.cdninstagram.com", "https://*.fbcdn.net"];

    public static string For(HttpRequest request, IEnumerable<string> scriptHashes)
    {
        var scripts = string.Concat(scriptHashes.Distinct().Select(h => $" 'sha256-{h}'"));
        // 'self' covers the page's own WebSocket in CSP 3; the explicit entries are for browsers before it.
        var sockets = ValidatedHost.Of(request) is { } host ? $" ws://{host} wss://{host}" : "";
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self'{scripts}",
            // React renders style attributes into the static pages; styles cannot run code.
            "style-src 'self' 'unsafe-inline'",
            $"img-src 'self' data: blob: {string.Join(' ', ImageHosts)}",
            "font-src 'self' data:",
            $"connect-src 'self'{sockets}",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    /// <summary>Base64 SHA-256 of each inline (no `src`) script's text, as CSP hash sources name them.</summary>
    public static IEnumerable<string> InlineScriptHashes(string html) =>
        InlineScript().Matches(html)
            .Where(m => !SrcAttribute().IsMatch(m.Groups["attributes"].Value))
            .Select(m => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value))));

    [GeneratedRegex(@"<script\b(?<attributes>[^>]*)>(?<body>.*?)</script\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\bsrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();
}
