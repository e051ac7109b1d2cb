using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Batching;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Counts;

/// <summary>The counts fields of `Account`: tracking level, curve, growth, projection and profile events.</summary>
public static class CountFields
{
    public const int MaxDays = 3_650;

    public static void Register(ObjectGraphType<Account> account)
    {
        account.Field<NonNullGraphType<TrackingLevelGraphType>>("trackingLevel").Resolve(c => c.Source.TrackingLevel)
            .Description("COUNTS (daily profile counts) or LISTS (also follower and following crawls).");
        account.Field(x => x.PostCount, nullable: true).Description("The post count Instagram reported at the last reading.");
        account.Field(x => x.Biography, nullable: true).Description("The profile's biography at the latest reading.");
        account.Field(x => x.ExternalUrl, nullable: true).Description("The website on the profile.");

        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountPointType>>>>("counts")
            .Description("The counts curve, oldest first: one point per period from `from` (default: the first reading) to `to` (default: now). "
                + "A period without a reading has null counts; nothing is filled in.")
            .Argument<UtcDateTimeGraphType>("from")
            .Argument<UtcDateTimeGraphType>("to")
            .Argument<CountIntervalGraphType>("every", a => a.DefaultValue = CountInterval.Day)
            .Resolve(c =>
            {
                var to = c.GetArgument<DateTime?>("to")?.ToUniversalTime() ?? Now(c);
                var from = c.GetArgument<DateTime?>("from")?.ToUniversalTime();
                var every = c.GetArgument<CountInterval>("every");
                if (from > to) throw new ExecutionError("`from` must not be after `to`.") { Code = "INVALID_RANGE" };
                if (from is { } f && CountHistory.BucketCount(f, to, every) > CountHistory.MaxBuckets)
                    throw new ExecutionError($"That range has more than {CountHistory.MaxBuckets:N0} points: use a shorter range or `every: WEEK` or `MONTH`.") { Code = "INVALID_RANGE" };
                return c.Load(CountHistory.Curves, new CountHistory.CurveKey(c.Source.Id, from, to, every)).Then(points => Capped(points ?? [], every));
            });

        account.Field<GrowthType>("growth")
            .Description("Followers gained over the last `days` days, absolute and in %; null without two readings.")
            .Argument<NonNullGraphType<IntGraphType>>("days", a => a.DefaultValue = 7)
            .ResolveAsync(async c => await CountHistory.GrowthAsync(c.Db(), c.Source.Id, Days(c, "days"), Now(c), c.CancellationToken));

        account.Field<ProjectionType>("projection")
            .Description("Where the follower count is heading `days` ahead of the latest reading, or less far when the readings span less (see `CountProjection`); null until `daysUntilProjection` is 0.")
            .Argument<NonNullGraphType<IntGraphType>>("days", a => a.DefaultValue = 30)
            .Resolve(c =>
            {
                var days = Days(c, "days");
                return c.Load(CountHistory.RecentFollowerReadings, c.Source.Id).Then(readings => Trend.Project(readings ?? [], days));
            });

        account.Field<NonNullGraphType<IntGraphType>>("daysUntilProjection")
            .Description($"How many more days with a follower reading `projection` needs ({Trend.MinDays} in the last {Trend.FitDays}); 0 once it is there.")
            .Resolve(c => c.Load(CountHistory.RecentFollowerReadings, c.Source.Id).Then(readings => Trend.DaysNeeded((readings ?? []).Select(r => r.At))));

        CountExports.AddCountsExportUrl(account);

        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileEventType>>>>("profileEvents")
            .Description("Changes of this account's profile, newest first.")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = 50)
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int>("first");
                if (first is < 0 or > 500) throw new ExecutionError("`first` must be from 0 to 500.") { Code = "HC0051" };
                return await c.Db().ProfileEvents.AsNoTracking().Where(e => e.AccountId == c.Source.Id)
                    .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(first).ToListAsync(c.CancellationToken);
            });
    }

    /// <summary>Without `from`, a curve starting at an old first reading could still be too long: the newest periods are kept.</summary>
    private static IReadOnlyList<CountBucket> Capped(IReadOnlyList<CountBucket> points, CountInterval every) =>
        points.Count > CountHistory.MaxBuckets ? [.. points.Skip(points.Count - CountHistory.MaxBuckets)] : points;

    private static int Days(IResolveFieldContext c, string name)
    {
        var days = c.GetArgument<int>(name);
        return days is >= 1 and <= MaxDays ? days : throw new ExecutionError($"`{name}` must be from 1 to {MaxDays:N0}.") { Code = "INVALID_DAYS" };
    }

    private static DateTime Now(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
}
