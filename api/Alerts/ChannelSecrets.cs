using InstaIntel.Api.Security;

namespace InstaIntel.Api.Alerts;

/// <summary>The channels' secrets, kept in the credential vault by channel id; never in the database, never logged.</summary>
public sealed class ChannelSecrets(Vault vault)
{
    private static string KeyOf(long channelId) => $"channel-{channelId}";

    public string? Get(long channelId) => vault.Read().AlertChannelSecrets?.GetValueOrDefault(KeyOf(channelId));

    public Task SetAsync(long channelId, string? secret, CancellationToken ct) => vault.UpdateAsync(c =>
    {
        var secrets = new Dictionary<string, string>(c.AlertChannelSecrets ?? new Dictionary<string, string>());
        if (string.IsNullOrEmpty(secret)) secrets.Remove(KeyOf(channelId));
        else secrets[KeyOf(channelId)] = secret;
        return c with { AlertChannelSecrets = secrets };
    }, ct);
}
