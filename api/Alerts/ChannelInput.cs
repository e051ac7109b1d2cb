using System.Text.RegularExpressions;
using MimeKit;

namespace InstaIntel.Api.Alerts;

/// <summary>A channel's settings as `addAlertChannel` and `updateAlertChannel` take them (every setting, each time).</summary>
public sealed class ChannelInput
{
    /// <summary>Only for an update.</summary>
    public string? Id { get; set; }
    public string Name { get; set; } = "";
    public ChannelKind Kind { get; set; }
    public bool Enabled { get; set; } = true;
    public DeliveryMode Mode { get; set; }
    /// <summary>NTFY, WEBHOOK: kept in the vault. On update: null keeps the kept one.</summary>
    public string? Url { get; set; }
    public WebhookPreset? Preset { get; set; }
    public string? SmtpHost { get; set; }
    public int? SmtpPort { get; set; }
    public SmtpSecurity? SmtpSecurity { get; set; }
    public string? SmtpUsername { get; set; }
    public string? EmailFrom { get; set; }
    public string? EmailTo { get; set; }
    public string? TelegramChatId { get; set; }
    /// <summary>The token, signing secret or password. On update: null keeps the kept one, "" removes it.</summary>
    public string? Secret { get; set; }

    /// <summary>Whether the kind posts to <see cref="Url"/> (kept in the vault, not in the channel's row).</summary>
    public bool PostsToUrl => Kind is ChannelKind.Ntfy or ChannelKind.Webhook;

    /// <summary>What cannot work, naming the field; null when the channel can be used.</summary>
    public InvalidAlertChannelError? Problem(bool secretKept, bool urlKept, AlertDestinations destinations)
    {
        if (string.IsNullOrWhiteSpace(Name)) return new("Give the channel a name.", "name");
        if (Name.Length > 100) return new("The name is longer than 100 characters.", "name");
        switch (Kind)
        {
            case ChannelKind.Ntfy or ChannelKind.Webhook when Url is null && urlKept:
                break;
            case ChannelKind.Ntfy or ChannelKind.Webhook when destinations.UrlProblem(Url) is { } problem:
                return new(problem, "url");
            case ChannelKind.Email:
                if (string.IsNullOrWhiteSpace(SmtpHost)) return new("Name the SMTP server (host).", "smtpHost");
                if (SmtpPort is < 1 or > 65535) return new($"The SMTP port {SmtpPort} is not between 1 and 65535.", "smtpPort");
                if (!MailboxAddress.TryParse(EmailFrom ?? "", out var from) || !from.Address.Contains('@')) return new($"The sender `{EmailFrom}` is not an email address.", "emailFrom");
                if (Recipients().Count == 0 || Recipients().Any(r => !MailboxAddress.TryParse(r, out var to) || !to.Address.Contains('@')))
                    return new($"The recipients `{EmailTo}` are not email addresses separated by commas.", "emailTo");
                break;
            case ChannelKind.Telegram:
                if (string.IsNullOrWhiteSpace(TelegramChatId)) return new("Give the chat id the bot writes to (a number, or @channelname).", "telegramChatId");
                if (!secretKept && string.IsNullOrEmpty(Secret)) return new("Give the bot's token (from @BotFather) as the secret.", "secret");
                if (!string.IsNullOrEmpty(Secret) && !TelegramBotToken.IsValid(Secret))
                    return new("The bot token is not shaped as @BotFather gives it: digits, a colon, then letters, digits, `_` or `-`.", "secret");
                break;
        }
        if (Secret is { Length: > 4096 }) return new("The secret is longer than 4096 characters.", "secret");
        return null;
    }

    public void ApplyTo(AlertChannel channel)
    {
        channel.Name = Name.Trim();
        channel.Kind = Kind;
        channel.Enabled = Enabled;
        channel.Mode = Mode;
        channel.Preset = Kind == ChannelKind.Webhook ? Preset ?? WebhookPreset.Generic : null;
        var email = Kind == ChannelKind.Email;
        channel.SmtpHost = email ? SmtpHost?.Trim() : null;
        channel.SmtpPort = email ? SmtpPort ?? (SmtpSecurity == Alerts.SmtpSecurity.Tls ? 465 : 587) : null;
        channel.SmtpSecurity = email ? SmtpSecurity ?? Alerts.SmtpSecurity.StartTls : null;
        channel.SmtpUsername = email && !string.IsNullOrWhiteSpace(SmtpUsername) ? SmtpUsername.Trim() : null;
        channel.EmailFrom = email ? EmailFrom?.Trim() : null;
        channel.EmailTo = email ? string.Join(", ", Recipients()) : null;
        channel.TelegramChatId = Kind == ChannelKind.Telegram ? TelegramChatId?.Trim() : null;
    }

    private List<string> Recipients() =>
        (EmailTo ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}

/// <summary>A Telegram bot token as @BotFather issues it: `123456789:AAE…` (it goes into the Bot API's URL path).</summary>
public static partial class TelegramBotToken
{
    public static bool IsValid(string? token) => token is not null && Shape().IsMatch(token);

    [GeneratedRegex(@"^[0-9]+:[A-Za-z0-9_-]+\z")]
    private static partial Regex Shape();
}

/// <summary>The rules of one account (or the defaults, without `accountId`), as `setAlertRules` takes them.</summary>
public sealed class AccountRulesInput
{
    public string? AccountId { get; set; }
    public bool Unfollows { get; set; } = true;
    public int? NewFollowersAtLeast { get; set; }
    public double? FollowerChangePercent { get; set; }
    public bool CrawlProblems { get; set; } = true;
    /// <summary>True drops the account's own rules: it follows the defaults again.</summary>
    public bool UseDefaults { get; set; }

    public InvalidAlertRuleError? Problem() =>
        NewFollowersAtLeast is < 1 ? new("`newFollowersAtLeast` must be at least 1 (or null for never).", "newFollowersAtLeast")
        : FollowerChangePercent is <= 0 or > 1000 || FollowerChangePercent is double.NaN ? new("`followerChangePercent` must be above 0 and at most 1000 (or null for never).", "followerChangePercent")
        : null;
}

public sealed class GlobalRulesInput
{
    public bool SessionProblems { get; set; } = true;
    public bool BackupFailed { get; set; } = true;
    public int? DiskLowMiB { get; set; }
    public int DigestHourUtc { get; set; } = 8;

    public InvalidAlertRuleError? Problem() =>
        DiskLowMiB is < 1 ? new("`diskLowMiB` must be at least 1 (or null for never).", "diskLowMiB")
        : DigestHourUtc is < 0 or > 23 ? new("`digestHourUtc` must be an hour from 0 to 23.", "digestHourUtc")
        : null;
}
