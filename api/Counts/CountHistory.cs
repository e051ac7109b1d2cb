using System.ComponentModel;
using System.Globalization;
using InstaIntel.Api.GraphQL.Batching;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Counts;

public enum CountInterval
{
    [Description("One point per UTC day.")] Day,
    [Description("One point per week, starting Monday (UTC).")] Week,
    [Description("One point per calendar month (UTC).")] Month,
}

/// <summary>One period of a count curve: the last reading in it, or nulls when there was none (a gap stays a gap).</summary>
public sealed record CountBucket(DateTime At, int? Followers, int? Following, int? Posts);

/// <summary>Followers gained over a window: from the last reading at or before its start (else the first inside it) to the latest.</summary>
public sealed record Growth(int Days, DateTime From, DateTime To, int FollowersFrom, int FollowersTo)
{
    public int Absolute => FollowersTo - FollowersFrom;
    public double? Percent => FollowersFrom == 0 ? null : Math.Round(100.0 * Absolute / FollowersFrom, 2);
}

/// <summary>The reads behind `Account.counts`, `growth` and `projection`; each uses the (account_id, at) index.</summary>
public static class CountHistory
{
    /// <summary>The most buckets one curve may have (ten years of days).</summary>
    public const int MaxBuckets = 3_700;

    public sealed record CurveKey(long AccountId, DateTime? From, DateTime To, CountInterval Every);

    public static readonly BatchQuery<CurveKey, IReadOnlyList<CountBucket>> Curves = new(LoadCurvesAsync);

    /// <summary>The curves of many accounts, one statement per distinct (from, to, every): what a page of the accounts table asks.</summary>
    public static async Task<IReadOnlyDictionary<CurveKey, IReadOnlyList<CountBucket>>> LoadCurvesAsync(InstaIntelDb db, IReadOnlyList<CurveKey> keys, CancellationToken ct)
    {
        var curves = new Dictionary<CurveKey, IReadOnlyList<CountBucket>>();
        foreach (var group in keys.GroupBy(k => (k.From, k.To, k.Every)))
        {
            var ids = group.Select(k => k.AccountId).Distinct().ToList();
            var (from, to) = (group.Key.From ?? DateTime.MinValue, group.Key.To);
            var readings = await db.CountPoints.AsNoTracking()
                .Where(p => ids.Contains(p.AccountId) && p.At >= from && p.At <= to)
                .OrderBy(p => p.At).ThenBy(p => p.Id)
                .Select(p => new { p.AccountId, p.At, p.Followers, p.Following, p.Posts })
                .ToListAsync(ct);
            var byAccount = readings.ToLookup(r => r.AccountId);
            foreach (var key in group)
            {
                var points = byAccount[key.AccountId].Select(r => new CountBucket(r.At, r.Followers, r.Following, r.Posts)).ToList();
                curves[key] = Bucket(points, key.From, key.To, key.Every);
            }
        }
        return curves;
    }

    /// <summary>
    /// Every period from <paramref name="from"/> (or the first reading) to <paramref name="to"/>, in UTC: days, ISO
    /// weeks from Monday, calendar months. Each count is the period's last reading of it; a period without one is null.
    /// </summary>
    public static IReadOnlyList<CountBucket> Bucket(IReadOnlyList<CountBucket> readings, DateTime? from, DateTime to, CountInterval every)
    {
        var start = from ?? (readings.Count > 0 ? readings[0].At : to);
        var last = new Dictionary<DateTime, CountBucket>();
        foreach (var r in readings)
        {
            var at = PeriodOf(r.At, every);
            last[at] = last.TryGetValue(at, out var b)
                ? new CountBucket(at, r.Followers ?? b.Followers, r.Following ?? b.Following, r.Posts ?? b.Posts)
                : r with { At = at };
        }
        var buckets = new List<CountBucket>();
        for (var at = PeriodOf(start, every); at <= to; at = Next(at, every))
            buckets.Add(last.TryGetValue(at, out var b) ? b : new CountBucket(at, null, null, null));
        return buckets;
    }

    public static int BucketCount(DateTime from, DateTime to, CountInterval every) => every switch
    {
        CountInterval.Day => (int)(to.Date - from.Date).TotalDays + 1,
        CountInterval.Week => (int)(to.Date - from.Date).TotalDays / 7 + 2,
        _ => (to.Year - from.Year) * 12 + to.Month - from.Month + 1,
    };

    private static DateTime PeriodOf(DateTime at, CountInterval every) => every switch
    {
        CountInterval.Day => DateTime.SpecifyKind(at.Date, DateTimeKind.Utc),
        CountInterval.Week => DateTime.SpecifyKind(at.Date.AddDays(-(((int)at.DayOfWeek + 6) % 7)), DateTimeKind.Utc),
        _ => new DateTime(at.Year, at.Month, 1, 0, 0, 0, DateTimeKind.Utc),
    };

    private static DateTime Next(DateTime at, CountInterval every) => every switch
    {
        CountInterval.Day => at.AddDays(1),
        CountInterval.Week => at.AddDays(7),
        _ => at.AddMonths(1),
    };

    public static async Task<Growth?> GrowthAsync(InstaIntelDb db, long accountId, int days, DateTime now, CancellationToken ct)
    {
        var start = now.AddDays(-days);
        var readings = db.CountPoints.AsNoTracking().Where(p => p.AccountId == accountId && p.Followers != null);
        var latest = await readings.OrderByDescending(p => p.At).Select(p => new { p.At, p.Followers }).FirstOrDefaultAsync(ct);
        if (latest is null) return null;
        var before = await readings.Where(p => p.At <= start).OrderByDescending(p => p.At).Select(p => new { p.At, p.Followers }).FirstOrDefaultAsync(ct)
            ?? await readings.Where(p => p.At > start).OrderBy(p => p.At).Select(p => new { p.At, p.Followers }).FirstOrDefaultAsync(ct);
        return before is null || before.At == latest.At ? null : new Growth(days, before.At, latest.At, before.Followers!.Value, latest.Followers!.Value);
    }

    /// <summary>
    /// The follower readings of the <see cref="Trend.FitDays"/> days up to each account's latest one: `projection` and
    /// `daysUntilProjection` asked together read them once.
    /// </summary>
    public static readonly BatchQuery<long, IReadOnlyList<(DateTime At, int Followers)>> RecentFollowerReadings = new(async (db, ids, ct) =>
    {
        var byAccount = new Dictionary<long, IReadOnlyList<(DateTime At, int Followers)>>();
        foreach (var id in ids) byAccount[id] = await RecentFollowerReadingsAsync(db, id, ct);
        return byAccount;
    });

    private static async Task<IReadOnlyList<(DateTime At, int Followers)>> RecentFollowerReadingsAsync(InstaIntelDb db, long accountId, CancellationToken ct)
    {
        var readings = db.CountPoints.AsNoTracking().Where(p => p.AccountId == accountId && p.Followers != null);
        var latest = await readings.MaxAsync(p => (DateTime?)p.At, ct);
        if (latest is null) return [];
        var since = latest.Value.AddDays(-Trend.FitDays);
        var recent = await readings.Where(p => p.At >= since).Select(p => new { p.At, p.Followers }).ToListAsync(ct);
        return [.. recent.Select(r => (r.At, r.Followers!.Value))];
    }

    public static string Day(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
