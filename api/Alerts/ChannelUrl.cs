namespace InstaIntel.Api.Alerts;

/// <summary>
/// A channel's URL as everyone may see it. Discord and Slack webhook URLs, ntfy topic URLs and `user:pass@` URLs are
/// credentials: whoever holds one can post to the channel, so only the scheme and host are shown.
/// </summary>
public static class ChannelUrl
{
    /// <summary>`https://discord.com/…`; null for no URL, `…` for text that is not an http(s) URL.</summary>
    public static string? Mask(string? url) =>
        url is null ? null
        : Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? $"{uri.Scheme}://{uri.Host}/…"
            : "…";
}
