using InstaIntel.Api.Accounts;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Counts;

public enum RankBy { Followers, Gain7D, Gain30D, GrowthPct30D }

/// <summary>One account's place in a ranking and the numbers every ranking shows.</summary>
public sealed record Ranking(int Rank, Account Account, int Followers, int? Gain7D, int? Gain30D, double? GrowthPct30D);

/// <summary>
/// Tracked accounts with at least one follower reading, ranked. Gains are measured as `growth` measures them (from the
/// last reading at or before the window's start, else the first inside it, to the latest); an account with a single
/// reading has no gain and ranks after those that have one. One statement: three index seeks per account.
/// </summary>
public static class Rankings
{
    public const int MaxFirst = 500;

    private sealed record Row(long AccountId, int Followers, int? Followers7, int? Followers30, int Readings7, int Readings30);

    public static async Task<IReadOnlyList<Ranking>> RankAsync(InstaIntelDb db, RankBy by, int first, DateTime now, CancellationToken ct)
    {
        var week = now.AddDays(-7);
        var month = now.AddDays(-30);
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT account_id AS AccountId, followers AS Followers,
                   COALESCE(before7, first7) AS Followers7, COALESCE(before30, first30) AS Followers30,
                   CASE WHEN before7 IS NULL AND first7_at = latest_at THEN 0 ELSE 1 END AS Readings7,
                   CASE WHEN before30 IS NULL AND first30_at = latest_at THEN 0 ELSE 1 END AS Readings30
            FROM (
                SELECT a.id AS account_id,
                    (SELECT p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL ORDER BY p.at DESC LIMIT 1) AS followers,
                    (SELECT p.at FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL ORDER BY p.at DESC LIMIT 1) AS latest_at,
                    (SELECT p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at <= {week} ORDER BY p.at DESC LIMIT 1) AS before7,
                    (SELECT p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at > {week} ORDER BY p.at LIMIT 1) AS first7,
                    (SELECT p.at FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at > {week} ORDER BY p.at LIMIT 1) AS first7_at,
                    (SELECT p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at <= {month} ORDER BY p.at DESC LIMIT 1) AS before30,
                    (SELECT p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at > {month} ORDER BY p.at LIMIT 1) AS first30,
                    (SELECT p.at FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at > {month} ORDER BY p.at LIMIT 1) AS first30_at
                FROM accounts a
            ) WHERE followers IS NOT NULL
            """).ToListAsync(ct);

        var scored = rows.Select(r => (Row: r,
            Gain7: r.Readings7 == 1 && r.Followers7 is { } f7 ? r.Followers - f7 : (int?)null,
            Gain30: r.Readings30 == 1 && r.Followers30 is { } f30 ? r.Followers - f30 : (int?)null,
            Pct30: r.Readings30 == 1 && r.Followers30 is > 0 and var b ? Math.Round(100.0 * (r.Followers - b) / b, 2) : (double?)null)).ToList();
        double? Key((Row Row, int? Gain7, int? Gain30, double? Pct30) s) => by switch
        {
            RankBy.Followers => s.Row.Followers,
            RankBy.Gain7D => s.Gain7,
            RankBy.Gain30D => s.Gain30,
            _ => s.Pct30,
        };
        var top = scored.OrderBy(s => Key(s) is null).ThenByDescending(Key).ThenBy(s => s.Row.AccountId).Take(first).ToList();
        var ids = top.Select(s => s.Row.AccountId).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return [.. top.Where(s => accounts.ContainsKey(s.Row.AccountId))
            .Select((s, i) => new Ranking(i + 1, accounts[s.Row.AccountId], s.Row.Followers, s.Gain7, s.Gain30, s.Pct30))];
    }
}
