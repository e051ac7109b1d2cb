using System.ComponentModel;
using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Insights;

[Description("How growth is measured.")]
public enum GrowthMeasure
{
    [Description("In followers.")] Absolute,
    [Description("In percent of the followers before.")] Percent,
}

/// <summary>One account's follower growth over a window, from its timeline points.</summary>
public sealed record Growth(Account Account, int Baseline, int Latest, DateTime Since, IReadOnlyList<TimelinePoint> Points)
{
    private static readonly Func<Crawl, TimelinePoint> ToPoint = TimelinePoint.FromCrawl.Compile();

    public int Absolute => Latest - Baseline;
    public double? Percent => Baseline == 0 ? null : Math.Round(Absolute * 100.0 / Baseline, 2);

    /// <summary>
    /// The baseline is the last point at or before the window's start, or the first point inside it when the account
    /// was first crawled later; the latest is its newest point. Accounts with no follower crawl are left out.
    /// </summary>
    public static async Task<IReadOnlyList<Growth>> TopAsync(InstaIntelDb db, DateTime windowStart, GrowthMeasure by, int first, CancellationToken ct)
    {
        var crawls = await db.Crawls.AsNoTracking()
            .Where(s => s.Status == CrawlStatus.Succeeded && s.FollowersTotal != null)
            .OrderBy(s => s.Id)
            .ToListAsync(ct);
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        var all = crawls.GroupBy(s => s.AccountId)
            .Where(g => accounts.ContainsKey(g.Key))
            .Select(g =>
            {
                var points = g.Select(ToPoint).OrderBy(p => p.At).ToList();
                var start = points.FindLastIndex(p => p.At <= windowStart);
                var window = points.GetRange(Math.Max(start, 0), points.Count - Math.Max(start, 0));
                return new Growth(accounts[g.Key], window[0].FollowerCount!.Value, window[^1].FollowerCount!.Value, window[0].At, window);
            });
        var ordered = by == GrowthMeasure.Percent
            ? all.OrderByDescending(x => x.Percent ?? double.MinValue).ThenByDescending(x => x.Absolute)
            : all.OrderByDescending(x => x.Absolute).ThenByDescending(x => x.Percent ?? double.MinValue);
        return ordered.ThenBy(x => x.Account.Username, StringComparer.Ordinal).Take(first).ToList();
    }
}

public sealed class GrowthType : ObjectGraphType<Growth>
{
    public GrowthType()
    {
        Name = "Growth";
        Description = "A tracked account's follower growth over a window, from its timeline points.";
        Field<NonNullGraphType<AccountType>>("account").Description("The account.").Resolve(c => c.Source.Account);
        Field(x => x.Baseline).Description("Followers at the window's start: the last complete crawl before it, or the first inside it.");
        Field(x => x.Latest).Description("Followers at the latest complete crawl.");
        Field(x => x.Absolute).Description("`latest - baseline`.");
        Field(x => x.Percent, nullable: true).Description("`absolute` as a percentage of `baseline`; null when the baseline is 0.");
        Field(x => x.Since).Description("When the baseline crawl finished.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelinePointType>>>>("points")
            .Description("The timeline points from the baseline on, oldest first.").Resolve(c => c.Source.Points);
    }
}

public static class GrowthFields
{
    public const int MaxFirst = 50;

    public static void Register(ObjectGraphType<InstaIntelDb> dashboard) =>
        dashboard.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GrowthType>>>>("topGrowth")
            .Description("The tracked accounts that gained most followers over the last `days` days.")
            .Argument<NonNullGraphType<IntGraphType>>("days", a => a.DefaultValue = 30)
            .Argument<NonNullGraphType<EnumerationGraphType<GrowthMeasure>>>("by", a => a.DefaultValue = GrowthMeasure.Absolute)
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = 5)
            .ResolveAsync(async c =>
            {
                var days = c.GetArgument<int>("days");
                var first = c.GetArgument<int>("first");
                if (days < 1) throw new ExecutionError("`days` must be at least 1.") { Code = "INVALID_ARGUMENT" };
                if (first is < 0 or > MaxFirst) throw new ExecutionError($"`first` must be between 0 and {MaxFirst}.") { Code = "INVALID_ARGUMENT" };
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                return await Growth.TopAsync(c.Source, now.AddDays(-days), c.GetArgument<GrowthMeasure>("by"), first, c.CancellationToken);
            });
}
