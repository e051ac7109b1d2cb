namespace InstaIntel.Api.Alerts;

public enum ChannelKind { Ntfy, Webhook, Email, Telegram }

/// <summary>The JSON body a webhook posts: InstaIntel's own, or the shape Discord or Slack incoming webhooks take.</summary>
public enum WebhookPreset { Generic, Discord, Slack }

/// <summary>How an email channel secures its SMTP connection.</summary>
public enum SmtpSecurity { None, StartTls, Tls }

/// <summary>Immediate: one message per event. DailyDigest: everything of a day in one message per channel.</summary>
public enum DeliveryMode { Immediate, DailyDigest }

/// <summary>
/// Somewhere alerts go (table `alert_channels`). Only what is not secret is here; each channel's secret (ntfy token,
/// webhook signing secret, SMTP password, Telegram bot token) is in the credential vault under the channel's id.
/// </summary>
public sealed class AlertChannel
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public ChannelKind Kind { get; set; }
    public bool Enabled { get; set; } = true;
    public DeliveryMode Mode { get; set; }
    /// <summary>Ntfy: the topic URL. Webhook: where to post.</summary>
    public string? Url { get; set; }
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
