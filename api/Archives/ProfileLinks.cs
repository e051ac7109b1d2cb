using InstaIntel.Api.Accounts;

namespace InstaIntel.Api.Archives;

/// <summary>Usernames as archives write them: plain, or in profile links that may use the app's `/_u/name` form.</summary>
public static class ProfileLinks
{
    public static string? Username(string? text) =>
        Handle.IsUsername(text?.Trim()) ? text!.Trim().ToLowerInvariant() : null;

    public static string? FromHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        var link = href.Replace("/_u/", "/", StringComparison.Ordinal).Replace("/_n/", "/", StringComparison.Ordinal);
        return Handle.TryParse(link, out var username, out _) ? username : null;
    }
}
