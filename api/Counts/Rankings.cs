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

    /// <summary>Each reading as "at|followers": one index seek answers both the time and the count.</summary>
    private sealed record Row(long AccountId, string Latest, string? Start7, string? Start30);

    private static (string At, int Followers)? Unpack(string? packed) =>
        packed is null ? null : (packed[..packed.LastIndexOf('|')], int.Parse(packed[(packed.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The count a window's gain starts from, unless that reading is the latest itself (as `growth`, which is then null).</summary>
    private static int? Start((string At, int Followers) latest, string? start) =>
        Unpack(start) is { } s && s.At != latest.At ? s.Followers : null;

    public static async Task<IReadOnlyList<Ranking>> RankAsync(InstaIntelDb db, RankBy by, int first, DateTime now, CancellationToken ct)
    {
        var week = now.AddDays(-7);
        var month = now.AddDays(-30);
        // COALESCE evaluates its second argument only when the first is null: most accounts cost three seeks.
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT * FROM (
                SELECT a.id AS "AccountId",
                    (SELECT p.at || '|' || p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL ORDER BY p.at DESC LIMIT 1) AS "Latest",
                    COALESCE(
                        (SELECT p.at || '|' || p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at <= {week} ORDER BY p.at DESC LIMIT 1),
                        (SELECT p.at || '|' || p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at > {week} ORDER BY p.at LIMIT 1)) AS "Start7",
                    COALESCE(
                        (SELECT p.at || '|' || p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at <= {month} ORDER BY p.at DESC LIMIT 1),
                        (SELECT p.at || '|' || p.followers FROM count_points p WHERE p.account_id = a.id AND p.followers IS NOT NULL AND p.at > {month} ORDER BY p.at LIMIT 1)) AS "Start30"
                FROM accounts a
            ) AS ranked WHERE "Latest" IS NOT NULL
            """).ToListAsync(ct);

        var scored = rows.Select(r =>
        {
            var latest = Unpack(r.Latest)!.Value;
            var (start7, start30) = (Start(latest, r.Start7), Start(latest, r.Start30));
            return (Row: r, Followers: latest.Followers, Gain7: latest.Followers - start7, Gain30: latest.Followers - start30,
                Pct30: start30 is > 0 and var b ? Math.Round(100.0 * (latest.Followers - b) / b, 2) : (double?)null);
        }).ToList();
        double? Key((Row Row, int Followers, int? Gain7, int? Gain30, double? Pct30) s) => by switch
        {
            RankBy.Followers => s.Followers,
            RankBy.Gain7D => s.Gain7,
            RankBy.Gain30D => s.Gain30,
            _ => s.Pct30,
        };
        var top = scored.OrderBy(s => Key(s) is null).ThenByDescending(Key).ThenBy(s => s.Row.AccountId).Take(first).ToList();
        var ids = top.Select(s => s.Row.AccountId).ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return [.. top.Where(s => accounts.ContainsKey(s.Row.AccountId))
            .Select((s, i) => new Ranking(i + 1, accounts[s.Row.AccountId], s.Followers, s.Gain7, s.Gain30, s.Pct30))];
    }
}
