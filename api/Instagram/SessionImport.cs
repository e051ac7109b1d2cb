using System.Text.RegularExpressions;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Reads a session a person copied from their browser: the bare `sessionid` value, or a whole Cookie header
/// (`sessionid=…; csrftoken=…; ds_user_id=…; mid=…; ig_did=…; datr=…; rur=…`), kept whole so the crawler sends the
/// jar that browser sends. The user id, when not given, is the session's leading digits. It is a browser session.
/// Every value must be a cookie value (RFC 6265 cookie-octets): it is sent to Instagram in a Cookie header and the
/// csrftoken also as `X-CSRFToken`, so a line break or a `;` in it would add headers or cookies of the caller's choosing.
/// </summary>
public static partial class SessionImport
{
    [GeneratedRegex(@"^[A-Za-z0-9%:._\-]{10,400}$")]
    private static partial Regex SessionIdPattern();

    [GeneratedRegex(@"^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$")]
    private static partial Regex CookieNamePattern();

    [GeneratedRegex(@"^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]{1,400}$")]
    private static partial Regex CookieValuePattern();

    public static bool TryParse(string? sessionId, string? csrfToken, long? dsUserId, out InstagramSession session, out string error)
    {
        session = null!;
        var text = sessionId?.Trim().Trim('"') ?? "";
        var cookies = text.Contains('=')
            ? text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.Split('=', 2)).Where(kv => kv.Length == 2).GroupBy(kv => kv[0].ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Last()[1])
            : new Dictionary<string, string> { ["sessionid"] = text };

        var id = cookies.GetValueOrDefault("sessionid") ?? "";
        if (!SessionIdPattern().IsMatch(id))
        {
            error = id.Length == 0
                ? "Paste the value of the `sessionid` cookie (or the whole Cookie header) from a browser logged in to Instagram."
                : "That does not look like an Instagram sessionid: it should be the cookie's value, letters, digits and %3A separators.";
            return false;
        }
        var userId = dsUserId ?? (long.TryParse(cookies.GetValueOrDefault("ds_user_id"), out var fromCookie) ? fromCookie
            : long.TryParse(Regex.Match(id, @"^\d+").Value, out var leading) ? leading : null);
        var csrf = string.IsNullOrWhiteSpace(csrfToken) ? cookies.GetValueOrDefault("csrftoken") : csrfToken.Trim();
        if (csrf is not null && !CookieValuePattern().IsMatch(csrf))
        {
            error = "That does not look like an Instagram csrftoken: it should be the cookie's value, letters and digits without spaces, quotes, commas, semicolons or line breaks.";
            return false;
        }
        if (userId is <= 0)
        {
            error = "The ds_user_id should be the positive number of the account the session belongs to.";
            return false;
        }
        var jar = cookies.Count > 1 ? cookies.Where(c => c.Key is not ("sessionid" or "csrftoken" or "ds_user_id")).ToList() : [];
        if (jar.FirstOrDefault(c => !CookieNamePattern().IsMatch(c.Key) || !CookieValuePattern().IsMatch(c.Value)) is { Key: { } bad })
        {
            error = $"The cookie \"{(CookieNamePattern().IsMatch(bad) ? bad : "?")}\" in what you pasted is not a cookie a browser sends (no spaces, quotes, commas, semicolons or line breaks): paste the Cookie header as the browser shows it.";
            return false;
        }
        var kept = new Dictionary<string, string>();
        foreach (var (name, value) in jar) kept[name] = value;
        kept["sessionid"] = id;
        if (csrf is not null) kept["csrftoken"] = csrf;
        if (userId is { } user) kept["ds_user_id"] = user.ToString();
        session = new InstagramSession(id, csrf, userId, Client: SessionClient.Browser, Cookies: kept);
        error = "";
        return true;
    }
}
