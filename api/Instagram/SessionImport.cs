using System.Text.RegularExpressions;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Reads a session a person copied from their browser: the bare `sessionid` value, or a whole Cookie header
/// (`sessionid=…; csrftoken=…; ds_user_id=…`). The user id, when not given, is the session's leading digits.
/// </summary>
public static partial class SessionImport
{
    [GeneratedRegex(@"^[A-Za-z0-9%:._\-]{10,400}$")]
    private static partial Regex SessionIdPattern();

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
        session = new InstagramSession(id, csrfToken ?? cookies.GetValueOrDefault("csrftoken"), userId);
        error = "";
        return true;
    }
}
