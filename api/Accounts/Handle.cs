using System.Text.RegularExpressions;

namespace InstaIntel.Api.Accounts;

/// <summary>
/// An Instagram username read from what a person pastes: `@name`, `name`, or a profile URL with or without scheme,
/// `www.` or query string. Instagram usernames are 1–30 letters, digits, periods and underscores, not starting or
/// ending with a period and without two periods in a row; they are case-insensitive.
/// </summary>
public static partial class Handle
{
    // First path segments of instagram.com URLs that are pages, not profiles.
    private static readonly HashSet<string> ReservedPaths =
        ["p", "reel", "reels", "tv", "stories", "explore", "accounts", "direct", "about", "legal", "developer", "web", "challenge"];

    [GeneratedRegex(@"^[a-z0-9._]{1,30}\z")] // \z: `$` would let a final line break through
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^(?:https?://)?(?:(?:www|m)\.)?instagram\.com(?:/(?<path>[^?#]*))?(?:[?#].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileUrlPattern();

    /// <summary>Whether Instagram could have sent this as a username (what its answers carry is checked before it is kept).</summary>
    public static bool IsUsername(string? text) => text is not null && UsernamePattern().IsMatch(text.ToLowerInvariant());

    public static bool TryParse(string? input, out string username, out string error)
    {
        username = "";
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "Enter an Instagram username, @username or profile URL.";
            return false;
        }

        var candidate = text;
        if (text.Contains('/') || text.Contains("instagram.com", StringComparison.OrdinalIgnoreCase))
        {
            var match = ProfileUrlPattern().Match(text);
            if (!match.Success)
            {
                error = $"\"{Shorten(text)}\" is not an instagram.com profile URL.";
                return false;
            }
            var segments = match.Groups["path"].Value.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 0 || ReservedPaths.Contains(segments[0].ToLowerInvariant()))
            {
                error = $"\"{Shorten(text)}\" links to an Instagram page, not a profile.";
                return false;
            }
            candidate = segments[0];
        }

        candidate = (candidate.StartsWith('@') ? candidate[1..] : candidate).ToLowerInvariant();
        if (!UsernamePattern().IsMatch(candidate))
        {
            error = candidate.Length > 30
                ? "Instagram usernames are at most 30 characters."
                : $"\"{Shorten(candidate)}\" is not a valid Instagram username: use letters, digits, periods and underscores.";
            return false;
        }
        if (candidate.StartsWith('.') || candidate.EndsWith('.') || candidate.Contains(".."))
        {
            error = $"\"{candidate}\" is not a valid Instagram username: periods cannot start or end it or stand twice in a row.";
            return false;
        }

        username = candidate;
        error = "";
        return true;
    }

    /// <summary>The profile page of a username.</summary>
    public static string ProfileUrl(string username) => $"https://www.instagram.com/{username}/";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
