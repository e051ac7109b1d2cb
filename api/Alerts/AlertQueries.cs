using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Alerts;

public sealed class AlertQueries : ISchemaFeature
{
    public const int MaxListed = 500;

    public void AddQueries(ObjectGraphType query, NamedTypes types)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertChannelType>>>>("alertChannels").Description("Where alerts go, in the order they were added.")
            .ResolveAsync(async c => await c.Db().AlertChannels.AsNoTracking().OrderBy(x => x.Id).ToListAsync(c.CancellationToken));

        query.Field<NonNullGraphType<AccountAlertRulesType>>("alertRules")
            .Description("The rules an account follows (its own, else the defaults); without `accountId`, the defaults.")
            .Argument<IdGraphType>("accountId")
            .ResolveAsync(async c =>
            {
                var db = c.Db();
                if (c.GetArgument<string?>("accountId") is not { } id)
                    return await db.AlertRules.AsNoTracking().SingleOrDefaultAsync(r => r.AccountId == null, c.CancellationToken) ?? AccountAlertRules.Defaults();
                var accountId = GlobalId.Expect(id, AccountType.TypeName);
                var rules = await AlertComposer.RulesForAsync(db, accountId, c.CancellationToken);
                return rules.AccountId == accountId ? rules : new AccountAlertRules
                {
                    Unfollows = rules.Unfollows,
                    NewFollowersAtLeast = rules.NewFollowersAtLeast,
                    FollowerChangePercent = rules.FollowerChangePercent,
                    CrawlProblems = rules.CrawlProblems,
                };
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountAlertRulesType>>>>("accountAlertRules")
            .Description("The accounts that have rules of their own.")
            .ResolveAsync(async c => await c.Db().AlertRules.AsNoTracking().Where(r => r.AccountId != null).OrderBy(r => r.AccountId).ToListAsync(c.CancellationToken));

        query.Field<NonNullGraphType<GlobalAlertRulesType>>("globalAlertRules")
            .Description("The alerts about InstaIntel itself: session problems, failed backups, low disk, and the digest hour.")
            .ResolveAsync(async c => await c.Db().GlobalAlertRules.AsNoTracking().SingleOrDefaultAsync(c.CancellationToken) ?? new GlobalAlertRules());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertDeliveryType>>>>("alertDeliveries")
            .Description("The delivery log, newest first: sent, failed with the reason, retrying, held for a digest.")
            .Argument<IntGraphType>("first", $"At most {MaxListed}; default 50.")
            .Argument<AlertDeliveryStatusType>("status", "Only deliveries in this status.")
            .ResolveAsync(async c =>
            {
                var rows = c.Db().AlertDeliveries.AsNoTracking();
                if (c.GetArgument<DeliveryStatus?>("status") is { } status) rows = rows.Where(d => d.Status == status);
                return await rows.OrderByDescending(d => d.Id).Take(First(c)).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>>("notifications")
            .Description("Alerts for the web client's bell, newest first.")
            .Argument<IntGraphType>("first", $"At most {MaxListed}; default 50.")
            .Argument<BooleanGraphType>("unreadOnly")
            .ResolveAsync(async c =>
            {
                var rows = c.Db().AlertOutbox.AsNoTracking().Where(e => e.Notified);
                if (c.GetArgument<bool?>("unreadOnly") == true) rows = rows.Where(e => e.ReadAt == null);
                return await rows.OrderByDescending(e => e.Id).Take(First(c)).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<IntGraphType>>("unreadNotificationCount")
            .Description("How many in-app notifications are unread (the bell's number).")
            .ResolveAsync(async c => await c.Db().AlertOutbox.CountAsync(e => e.Notified && e.ReadAt == null, c.CancellationToken));
    }

    private static int First(IResolveFieldContext c)
    {
        var first = c.GetArgument<int?>("first") ?? 50;
        if (first is < 0 or > MaxListed)
            throw new ExecutionError($"`first` is {first}; it must be between 0 and {MaxListed}.") { Code = "INVALID_ARGUMENT" };
        return first;
    }
}
