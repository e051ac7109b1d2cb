using InstaIntel.Api.Security;

namespace InstaIntel.Api.Alerts;

/// <summary>What the vault keeps for one channel: its URL (NTFY, WEBHOOK) and its token, signing secret or password.</summary>
public sealed record KeptChannelSecrets(string? Url, string? Secret);

/// <summary>
/// The channels' secrets and URLs, kept in the credential vault by channel id (`channel-{id}`, `channel-{id}-url`);
/// never in the database, never logged.
/// </summary>
public sealed class ChannelSecrets(Vault vault)
{
    private static string SecretKey(long channelId) => $"channel-{channelId}";
    private static string UrlKey(long channelId) => $"channel-{channelId}-url";

    public KeptChannelSecrets Of(long channelId)
    {
        var kept = vault.Read().AlertChannelSecrets;
        return new(kept?.GetValueOrDefault(UrlKey(channelId)), kept?.GetValueOrDefault(SecretKey(channelId)));
    }

    /// <summary>Keeps what is given: null leaves what is kept as it is, an empty string removes it.</summary>
    public Task SetAsync(long channelId, string? url, string? secret, CancellationToken ct) => vault.UpdateAsync(c =>
    {
        var kept = new Dictionary<string, string>(c.AlertChannelSecrets ?? new Dictionary<string, string>());
        foreach (var (key, value) in new[] { (UrlKey(channelId), url), (SecretKey(channelId), secret) })
        {
            if (value is null) continue;
            if (value.Length == 0) kept.Remove(key);
            else kept[key] = value;
        }
        return c with { AlertChannelSecrets = kept };
    }, ct);

    public Task RemoveAsync(long channelId, CancellationToken ct) => SetAsync(channelId, "", "", ct);
}
