namespace InstaIntel.Api.Security;

/// <summary>
/// The request's Host header when it is an ASCII host name or address with an optional port, else null. It is what
/// may be written into a header or a URL, or compared with this machine's names: <see cref="HttpRequest.Host"/> turns
/// punycode into Unicode, which a header cannot carry, and throws on punycode that does not decode.
/// </summary>
public static class ValidatedHost
{
    /// <summary>`host[:port]`, lower case.</summary>
    public static string? Of(HttpRequest request) => Parse(request)?.Host;

    /// <summary>The host name or address alone (an IPv6 address keeps its brackets), lower case.</summary>
    public static string? NameOf(HttpRequest request) => Parse(request)?.Name;

    private static (string Host, string Name)? Parse(HttpRequest request)
    {
        var raw = request.Headers.Host.ToString();
        if (raw.Length is 0 or > 300 || !raw.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']')) return null;
        if (!HostNames.TrySplitAuthority(raw, out var name)) return null;
        return Uri.CheckHostName(name) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? (raw.ToLowerInvariant(), name.ToLowerInvariant())
            : null;
    }
}
