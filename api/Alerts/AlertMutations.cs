using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Alerts;

/// <summary><paramref name="FullUrl"/>: the whole URL, when this mutation set it; the only place it is ever shown.</summary>
public sealed record AlertChannelPayload(AlertChannel? Channel, string? FullUrl = null, IReadOnlyList<IUserError>? Errors = null) : IPayload;
public sealed record RemoveAlertChannelPayload(string? RemovedId, IReadOnlyList<IUserError>? Errors = null) : IPayload;
public sealed record SendTestAlertPayload(AlertDelivery? Delivery, IReadOnlyList<IUserError>? Errors = null) : IPayload;
public sealed record AlertRulesPayload(AccountAlertRules? Rules, IReadOnlyList<IUserError>? Errors = null) : IPayload;
public sealed record GlobalAlertRulesPayload(GlobalAlertRules? Rules, IReadOnlyList<IUserError>? Errors = null) : IPayload;
public sealed record MarkNotificationsReadPayload(int UnreadCount, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed class ChannelIdInput
{
    public string ChannelId { get; set; } = "";
}

public sealed class MarkReadInput
{
    public List<string>? Ids { get; set; }
    public bool All { get; set; }
}

public sealed class AlertMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("addAlertChannel", MutationTypes.Payload<AlertChannelPayload>("AddAlertChannel", ChannelField, typeof(InvalidAlertChannelErrorType)))
            .Description("Adds a channel alerts are sent to. Its `secret` goes to the credential vault.")
            .Argument(ChannelInputType("AddAlertChannel", withId: false), "input")
            .ResolveAsync(async c => Payload(await Alerts(c).AddChannelAsync(c.GetArgument<ChannelInput>("input"), c.CancellationToken), null));

        mutation.Field("updateAlertChannel", MutationTypes.Payload<AlertChannelPayload>("UpdateAlertChannel", ChannelField,
                typeof(InvalidAlertChannelErrorType), typeof(AlertChannelNotFoundErrorType)))
            .Description("Replaces a channel's settings. `secret`: null keeps the kept one, an empty string removes it.")
            .Argument(ChannelInputType("UpdateAlertChannel", withId: true), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ChannelInput>("input");
                var change = ChannelKey(input.Id) is { } key ? await Alerts(c).UpdateChannelAsync(key, input, c.CancellationToken) : new ChannelChange.NotFound();
                return Payload(change, input.Id);
            });

        mutation.Field("removeAlertChannel", MutationTypes.Payload<RemoveAlertChannelPayload>("RemoveAlertChannel",
                p => p.Field<IdGraphType>("removedId").Resolve(x => x.Source.RemovedId), typeof(AlertChannelNotFoundErrorType)))
            .Description("Removes a channel, its secret and its delivery log.")
            .Argument(IdInput("RemoveAlertChannel"), "input")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<ChannelIdInput>("input").ChannelId;
                return ChannelKey(id) is { } key && await Alerts(c).RemoveChannelAsync(key, c.CancellationToken)
                    ? new RemoveAlertChannelPayload(id)
                    : new RemoveAlertChannelPayload(null, [NotFound(id)]);
            });

        mutation.Field("sendTestAlert", MutationTypes.Payload<SendTestAlertPayload>("SendTestAlert",
                p => p.Field<AlertDeliveryType>("delivery").Description("SENT, or FAILED with `lastError`.").Resolve(x => x.Source.Delivery),
                typeof(AlertChannelNotFoundErrorType)))
            .Description("Sends a test message through a channel now (once, no retry) and logs it.")
            .Argument(IdInput("SendTestAlert"), "input")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<ChannelIdInput>("input").ChannelId;
                return ChannelKey(id) is { } key && await Alerts(c).SendTestAsync(key, c.CancellationToken) is { } delivery
                    ? new SendTestAlertPayload(delivery)
                    : new SendTestAlertPayload(null, [NotFound(id)]);
            });

        mutation.Field("setAlertRules", MutationTypes.Payload<AlertRulesPayload>("SetAlertRules",
                p => p.Field<AccountAlertRulesType>("rules").Resolve(x => x.Source.Rules), typeof(InvalidAlertRuleErrorType), typeof(AccountNotFoundErrorType)))
            .Description("Sets one account's rules, or the defaults without `accountId`. `useDefaults: true` makes an account follow the defaults again.")
            .Argument(MutationTypes.Input<AccountRulesInput>("SetAlertRules", i =>
            {
                i.Field<IdGraphType>("accountId").Description("Null: the defaults every account without its own rules follows.");
                i.Field<NonNullGraphType<BooleanGraphType>>("unfollows").Description("Alert when someone stops following.");
                i.Field<IntGraphType>("newFollowersAtLeast").Description("Alert when a crawl finds at least this many new followers; null: never.");
                i.Field<FloatGraphType>("followerChangePercent").Description("Alert when the follower count moves by at least this percentage; null: never.");
                i.Field<NonNullGraphType<BooleanGraphType>>("crawlProblems").Description("Alert when a crawl fails or ends incomplete.");
                i.Field<BooleanGraphType>("useDefaults").Description("Drop the account's own rules and follow the defaults again.").DefaultValue(false);
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AccountRulesInput>("input");
                if (input.Problem() is { } problem) return new AlertRulesPayload(null, [problem]);
                var rules = input.AccountId is null ? await Alerts(c).SetRulesAsync(null, input, c.CancellationToken)
                    : GlobalId.KeyOf(input.AccountId, AccountType.TypeName) is { } accountId ? await Alerts(c).SetRulesAsync(accountId, input, c.CancellationToken)
                    : null;
                return rules is not null
                    ? new AlertRulesPayload(rules)
                    : new AlertRulesPayload(null, [new AccountNotFoundError($"No tracked account has the ID `{input.AccountId}`.", input.AccountId!)]);
            });

        mutation.Field("setGlobalAlertRules", MutationTypes.Payload<GlobalAlertRulesPayload>("SetGlobalAlertRules",
                p => p.Field<GlobalAlertRulesType>("rules").Resolve(x => x.Source.Rules), typeof(InvalidAlertRuleErrorType)))
            .Description("Changes the alerts about InstaIntel itself.")
            .Argument(MutationTypes.Input<GlobalRulesInput>("SetGlobalAlertRules", i =>
            {
                i.Field<NonNullGraphType<BooleanGraphType>>("sessionProblems").Description("Alert when an Instagram session needs attention.");
                i.Field<NonNullGraphType<BooleanGraphType>>("backupFailed").Description("Alert when a backup fails.");
                i.Field<IntGraphType>("diskLowMiB").Description("Alert when free disk space falls below this many MiB; null: never.");
                i.Field<NonNullGraphType<IntGraphType>>("digestHourUtc").Description("The hour (UTC, 0–23) daily digests go out.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<GlobalRulesInput>("input");
                return input.Problem() is { } problem
                    ? new GlobalAlertRulesPayload(null, [problem])
                    : new GlobalAlertRulesPayload(await Alerts(c).SetGlobalRulesAsync(input, c.CancellationToken));
            });

        mutation.Field("markNotificationsRead", MutationTypes.Payload<MarkNotificationsReadPayload>("MarkNotificationsRead",
                p => p.Field(x => x.UnreadCount).Description("Unread notifications left.")))
            .Description("Marks notifications read: the listed ones, or all with `all: true`.")
            .Argument(MutationTypes.Input<MarkReadInput>("MarkNotificationsRead", i =>
            {
                i.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("The notifications to mark read.");
                i.Field<BooleanGraphType>("all").Description("Mark every notification read.").DefaultValue(false);
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<MarkReadInput>("input");
                var ids = (input.Ids ?? []).Select(id => GlobalId.Expect(id, NotificationType.TypeName)).ToList();
                return new MarkNotificationsReadPayload(await Alerts(c).MarkNotificationsReadAsync(ids, input.All, c.CancellationToken));
            });
    }

    private static void ChannelField(ObjectGraphType<AlertChannelPayload> p)
    {
        p.Field<AlertChannelType>("channel").Resolve(c => c.Source.Channel);
        p.Field<StringGraphType>("fullUrl")
            .Description("NTFY, WEBHOOK: the whole URL this mutation saved, shown here once (queries show it masked); null when it kept the URL it had.")
            .Resolve(c => c.Source.FullUrl);
    }

    private static IGraphType ChannelInputType(string mutation, bool withId) => MutationTypes.Input<ChannelInput>(mutation, i =>
    {
        if (withId) i.Field<NonNullGraphType<IdGraphType>>("id").Description("The channel to change.");
        i.Field<NonNullGraphType<StringGraphType>>("name").Description("The channel's name.");
        i.Field<NonNullGraphType<AlertChannelKindType>>("kind").Description("Where it sends.");
        i.Field<BooleanGraphType>("enabled").Description("Whether alerts go to it.").DefaultValue(true);
        i.Field<AlertDeliveryModeType>("mode").Description("A message per alert, or one daily digest.").DefaultValue(DeliveryMode.Immediate);
        i.Field<StringGraphType>("url").Description(withId
            ? "NTFY: the topic URL. WEBHOOK: where to post. Null (or the masked `url` as read) keeps the kept one. Kept in the vault."
            : "NTFY: the topic URL (e.g. https://ntfy.sh/my-topic). WEBHOOK: where to post. Kept in the vault; shown masked.");
        i.Field<WebhookPresetType>("preset").Description("WEBHOOK only; default GENERIC.");
        i.Field<StringGraphType>("smtpHost").Description("EMAIL: the SMTP server's host name.");
        i.Field<IntGraphType>("smtpPort").Description("Default 587, or 465 with TLS.");
        i.Field<SmtpSecurityType>("smtpSecurity").Description("Default START_TLS.");
        i.Field<StringGraphType>("smtpUsername").Description("Null: no login.");
        i.Field<StringGraphType>("emailFrom").Description("EMAIL: the sender address.");
        i.Field<StringGraphType>("emailTo").Description("One or more addresses, separated by commas.");
        i.Field<StringGraphType>("telegramChatId");
        i.Field<StringGraphType>("secret").Description("NTFY: access token (optional). WEBHOOK: signing secret (optional). EMAIL: SMTP password. TELEGRAM: bot token (required, as @BotFather gives it: `123456789:AA…`). Kept in the vault, never shown.");
    });

    private static IGraphType IdInput(string mutation) =>
        MutationTypes.Input<ChannelIdInput>(mutation, i => i.Field<NonNullGraphType<IdGraphType>>("channelId"));

    private static AlertService Alerts(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<AlertService>();

    private static long? ChannelKey(string? id) => GlobalId.KeyOf(id, AlertChannelType.TypeName);

    private static AlertChannelPayload Payload(ChannelChange change, string? id) => change switch
    {
        ChannelChange.Saved(var channel, var url) => new AlertChannelPayload(channel, url),
        ChannelChange.Refused(var problem) => new AlertChannelPayload(null, Errors: [problem]),
        _ => new AlertChannelPayload(null, Errors: [NotFound(id)]),
    };

    private static AlertChannelNotFoundError NotFound(string? id) => new($"No alert channel has the ID `{id}`.");
}
