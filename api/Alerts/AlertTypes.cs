using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Alerts;

public sealed class AlertChannelKindType : EnumerationGraphType<ChannelKind>
{
    public AlertChannelKindType() { Name = "AlertChannelKind"; Description = "Where a channel sends: an ntfy topic, a webhook, email over SMTP or a Telegram chat."; }
}

public sealed class WebhookPresetType : EnumerationGraphType<WebhookPreset>
{
    public WebhookPresetType() { Name = "WebhookPreset"; Description = "The JSON a webhook posts: InstaIntel's own (see the README), or Discord's or Slack's incoming-webhook shape."; }
}

public sealed class SmtpSecurityType : EnumerationGraphType<SmtpSecurity>
{
    public SmtpSecurityType() { Name = "SmtpSecurity"; Description = "NONE (plain, local relays only), START_TLS (usually port 587) or TLS from the first byte (usually 465)."; }
}

public sealed class AlertDeliveryModeType : EnumerationGraphType<DeliveryMode>
{
    public AlertDeliveryModeType() { Name = "AlertDeliveryMode"; Description = "IMMEDIATE: a message per alert. DAILY_DIGEST: one message a day with everything since the last."; }
}

public sealed class AlertDeliveryStatusType : EnumerationGraphType<DeliveryStatus>
{
    public AlertDeliveryStatusType()
    {
        Name = "AlertDeliveryStatus";
        Description = "PENDING: about to be sent. HELD: waits for the channel's daily digest. RETRYING: an attempt failed, another follows. SENT. FAILED: every attempt failed (`lastError` says why). DIGESTED: went out in a digest.";
    }
}

public sealed class AlertKindType : EnumerationGraphType<AlertKind>
{
    public AlertKindType() { Name = "AlertKind"; Description = "What an alert is about."; }
}

public sealed class AlertChannelType : ObjectGraphType<AlertChannel>
{
    public const string TypeName = "AlertChannel";

    public AlertChannelType()
    {
        Name = TypeName;
        Description = "Somewhere alerts are sent. Its secret (token, signing secret or password) is kept in the credential vault and never shown; so is its URL, shown masked.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(x => x.Name).Description("The name shown in Settings and the delivery log.");
        Field<NonNullGraphType<AlertChannelKindType>>("kind").Description("Where the channel sends.").Resolve(c => c.Source.Kind);
        Field(x => x.Enabled).Description("Whether alerts go to it; a disabled channel keeps its settings.");
        Field<NonNullGraphType<AlertDeliveryModeType>>("mode").Description("A message per alert, or one daily digest.").Resolve(c => c.Source.Mode);
        Field<StringGraphType>("url")
            .Description("NTFY: the topic URL. WEBHOOK: where it posts. Masked to its scheme and host (`https://discord.com/…`): the whole URL is a " +
                         "credential, kept in the vault and given back once, as `fullUrl` of the mutation that sets it.")
            .Resolve(c => ChannelUrl.Mask(c.RequestServices!.GetRequiredService<ChannelSecrets>().Of(c.Source.Id).Url ?? c.Source.UrlBeforeVault));
        Field<WebhookPresetType>("preset").Description("WEBHOOK: the JSON shape it posts.").Resolve(c => c.Source.Preset);
        Field(x => x.SmtpHost, nullable: true).Description("EMAIL: the SMTP server's host name.");
        Field(x => x.SmtpPort, nullable: true).Description("EMAIL: the SMTP server's port.");
        Field<SmtpSecurityType>("smtpSecurity").Description("EMAIL: how the connection is encrypted.").Resolve(c => c.Source.SmtpSecurity);
        Field(x => x.SmtpUsername, nullable: true).Description("EMAIL: the SMTP login; its password is kept in the vault.");
        Field(x => x.EmailFrom, nullable: true).Description("EMAIL: the sender address.");
        Field(x => x.EmailTo, nullable: true).Description("One or more addresses, separated by commas.");
        Field(x => x.TelegramChatId, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("hasSecret").Description("Whether a token, signing secret or password is kept for it.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ChannelSecrets>().Of(c.Source.Id).Secret is not null);
        Field(x => x.CreatedAt).Description("When the channel was added.");
    }
}

public sealed class AccountAlertRulesType : ObjectGraphType<AccountAlertRules>
{
    public AccountAlertRulesType()
    {
        Name = "AccountAlertRules";
        Description = "What is worth a message after a crawl of an account. Accounts without their own rules follow the defaults (`account: null`).";
        Field<AccountType>("account").Description("Null for the defaults.")
            .ResolveAsync(async c => c.Source.AccountId is { } id ? await c.Db().Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, c.CancellationToken) : null);
        Field(x => x.Unfollows).Description("Someone stopped following the account; the message names them (the first ten, then \"and N more\").");
        Field(x => x.NewFollowersAtLeast, nullable: true).Description("At least this many new followers in one crawl; null: never.");
        Field(x => x.FollowerChangePercent, nullable: true).Description("The follower count changed by at least this percentage since the last crawl; null: never.");
        Field(x => x.CrawlProblems).Description("A crawl failed or ended incomplete.");
    }
}

public sealed class GlobalAlertRulesType : ObjectGraphType<GlobalAlertRules>
{
    public GlobalAlertRulesType()
    {
        Name = "GlobalAlertRules";
        Description = "Alerts about InstaIntel itself rather than an account.";
        Field(x => x.SessionProblems).Description("An Instagram session expired, hit a checkpoint or was action-blocked (one message per change).");
        Field(x => x.BackupFailed).Description("A scheduled or requested backup failed.");
        Field<IntGraphType>("diskLowMiB").Description("Free space on the data folder's disk below this many MiB (at most one message a day); null: never.").Resolve(c => c.Source.DiskLowMiB);
        Field(x => x.DigestHourUtc).Description("The hour (UTC, 0–23) daily digests go out.");
    }
}

public sealed class AlertDeliveryType : ObjectGraphType<AlertDelivery>
{
    public const string TypeName = "AlertDelivery";

    public AlertDeliveryType()
    {
        Name = TypeName;
        Description = "One message to one channel: the delivery log.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<AlertChannelType>("channel").Description("Null once the channel is removed.")
            .ResolveAsync(async c => await c.Db().AlertChannels.AsNoTracking().SingleOrDefaultAsync(x => x.Id == c.Source.ChannelId, c.CancellationToken));
        Field<NonNullGraphType<AlertDeliveryStatusType>>("status").Description("Where the delivery stands.").Resolve(c => c.Source.Status);
        Field(x => x.Title).Description("The message's title.");
        Field(x => x.Body).Description("The message's text.");
        Field(x => x.Link, nullable: true).Description("The dashboard view the message links to.");
        Field(x => x.Attempts).Description("How many times sending was tried.");
        Field(x => x.LastError, nullable: true).Description("Why the last attempt failed.");
        Field(x => x.IdempotencyKey).Description("Sent with the message (`Idempotency-Key` header, webhook `id`) so a receiver can drop a repeat.");
        Field<NonNullGraphType<BooleanGraphType>>("isDigest").Description("Whether this is a daily digest.").Resolve(c => c.Source.IdempotencyKey.StartsWith("digest-"));
        Field<NonNullGraphType<BooleanGraphType>>("isTest").Description("Whether this came from \"send test\".").Resolve(c => c.Source.IdempotencyKey.StartsWith("test-"));
        Field(x => x.CreatedAt).Description("When the delivery was queued.");
        Field(x => x.SentAt, nullable: true).Description("When the channel accepted it; null until then.");
    }
}

public sealed class NotificationType : ObjectGraphType<AlertEvent>
{
    public const string TypeName = "Notification";

    public NotificationType()
    {
        Name = TypeName;
        Description = "An alert as the web client lists it (the bell).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<AlertKindType>>("kind").Description("What the notification is about.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("title").Description("The notification's title.").Resolve(c => c.Source.Title ?? "");
        Field<NonNullGraphType<StringGraphType>>("body").Description("The notification's text.").Resolve(c => c.Source.Body ?? "");
        Field(x => x.Link, nullable: true).Description("The dashboard view it is about (under `Alerts:BaseUrl`).");
        Field(x => x.CreatedAt).Description("When it happened.");
        Field<NonNullGraphType<BooleanGraphType>>("read").Description("Whether it was marked read.").Resolve(c => c.Source.ReadAt is not null);
    }
}

public sealed record InvalidAlertChannelError(string Message, string Field) : IUserError;

public sealed class InvalidAlertChannelErrorType : UserErrorType<InvalidAlertChannelError>
{
    public InvalidAlertChannelErrorType() : base("InvalidAlertChannelError", "A setting of the channel cannot work; `field` names it.") =>
        Field(x => x.Field).Description("The input field that was refused.");
}

public sealed record AlertChannelNotFoundError(string Message) : IUserError;

public sealed class AlertChannelNotFoundErrorType() : UserErrorType<AlertChannelNotFoundError>("AlertChannelNotFoundError", "No channel has this ID.");

public sealed record InvalidAlertRuleError(string Message, string Field) : IUserError;

public sealed class InvalidAlertRuleErrorType : UserErrorType<InvalidAlertRuleError>
{
    public InvalidAlertRuleErrorType() : base("InvalidAlertRuleError", "A rule's value is out of range; `field` names it.") => Field(x => x.Field).Description("The input field that was refused.");
}
