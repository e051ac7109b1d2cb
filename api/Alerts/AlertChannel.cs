using System.ComponentModel;

namespace InstaIntel.Api.Alerts;

public enum ChannelKind
{
    [Description("An ntfy topic (self-hosted or ntfy.sh), optionally with an access token.")] Ntfy,
    [Description("An HTTP POST of JSON, signed with HMAC-SHA256.")] Webhook,
    [Description("Email over SMTP.")] Email,
    [Description("A Telegram chat, through a bot.")] Telegram,
}

/// <summary>The JSON body a webhook posts: InstaIntel's own, or the shape Discord or Slack incoming webhooks take.</summary>
public enum WebhookPreset
{
    [Description("InstaIntel's own body (described in the README).")] Generic,
    [Description("Discord's incoming-webhook body.")] Discord,
    [Description("Slack's incoming-webhook body.")] Slack,
}

/// <summary>How an email channel secures its SMTP connection.</summary>
public enum SmtpSecurity
{
    [Description("No encryption: for a relay on the same machine or network only.")] None,
    [Description("Plain connection upgraded with STARTTLS (usually port 587).")] StartTls,
    [Description("TLS from the first byte (usually port 465).")] Tls,
}

/// <summary>Immediate: one message per event. DailyDigest: everything of a day in one message per channel.</summary>
public enum DeliveryMode
{
    [Description("A message per alert, as it happens.")] Immediate,
    [Description("One message a day with everything since the last.")] DailyDigest,
}

/// <summary>
/// Somewhere alerts go (table `alert_channels`). Only what is not secret is here; each channel's URL (ntfy topic,
/// webhook: whoever has one can post to it) and secret (ntfy token, webhook signing secret, SMTP password, Telegram bot
/// token) are in the credential vault under the channel's id (<see cref="ChannelSecrets"/>).
/// </summary>
public sealed class AlertChannel
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public ChannelKind Kind { get; set; }
    public bool Enabled { get; set; } = true;
    public DeliveryMode Mode { get; set; }
    /// <summary>
    /// A URL saved before URLs were kept in the vault (column `url_before_vault`): moved there at the next start
    /// (<see cref="ChannelUrlMove"/>) and cleared. Null for every channel saved since.
    /// </summary>
    public string? UrlBeforeVault { get; set; }
    public WebhookPreset? Preset { get; set; }
    public string? SmtpHost { get; set; }
    public int? SmtpPort { get; set; }
    public SmtpSecurity? SmtpSecurity { get; set; }
    public string? SmtpUsername { get; set; }
    public string? EmailFrom { get; set; }
    public string? EmailTo { get; set; }
    public string? TelegramChatId { get; set; }
    public DateTime CreatedAt { get; set; }
}
