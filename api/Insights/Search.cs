using InstaIntel.Api.Accounts;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Profiles;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Insights;

public sealed record SearchResults(IReadOnlyList<Account> Accounts, IReadOnlyList<Profile> Profiles);

/// <summary>
/// Global search by handle or full name. Profiles: a username prefix seek on the username index, then substring matches
/// from a trigram index: SQLite's `profile_search` FTS5 table (Search.Sqlite.cs) or PostgreSQL's `pg_trgm` indexes
/// on `profiles` (Search.Postgres.cs). Tracked accounts are few and are scanned. Prefix matches come first.
/// </summary>
public static partial class Search
{
    public const int MaxFirst = 50;
    /// <summary>The trigram index needs three characters; shorter text is matched as a username prefix only.</summary>
    public const int MinSubstringLength = 3;
    /// <summary>Substring candidates looked at for ranking; the FTS scan stops there, which keeps common trigrams fast.</summary>
    private const int SubstringCandidates = 200;

    public static string Normalize(string text) => text.Trim().TrimStart('@').Trim().ToLowerInvariant();

    public static async Task<SearchResults> RunAsync(InstaIntelDb db, string text, int first, CancellationToken ct)
    {
        var term = Normalize(text);
        if (term.Length == 0 || first == 0) return new SearchResults([], []);

        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.Username.ToLower().Contains(term) || a.FullName.ToLower().Contains(term))
            .OrderBy(a => a.Username.ToLower().StartsWith(term) ? 0 : 1).ThenBy(a => a.Username)
            .Take(first)
            .ToListAsync(ct);

        var pks = await ProfilePksAsync(db, term, first, ct);
        var profiles = await db.Profiles.AsNoTracking().Where(p => pks.Contains(p.Pk)).ToListAsync(ct);
        var rank = pks.Select((pk, i) => (pk, i)).ToDictionary(x => x.pk, x => x.i);
        return new SearchResults(accounts, profiles.OrderBy(p => rank[p.Pk]).ToList());
    }

    private static async Task<List<long>> ProfilePksAsync(InstaIntelDb db, string term, int first, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var found = new List<long>();

        await using (var prefix = connection.CreateCommand())
        {
            // A range over the username index: usernames are stored lower-case as Instagram serves them.
            prefix.CommandText = "SELECT pk FROM profiles WHERE username >= @from AND username < @to ORDER BY username LIMIT @n";
            prefix.AddParameter("from", term);
            prefix.AddParameter("to", term + char.MaxValue);
            prefix.AddParameter("n", first);
            await using var reader = await prefix.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) found.Add(reader.GetInt64(0));
        }
        if (found.Count >= first || term.Length < MinSubstringLength) return found;

        var candidates = new List<(long Pk, string Username, string FullName)>();
        await using (var substring = connection.CreateCommand())
        {
            if (db.Database.IsNpgsql()) SubstringOnPostgres(substring, term, SubstringCandidates);
            else SubstringOnSqlite(substring, term, SubstringCandidates);
            await using var reader = await substring.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) candidates.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }
        var seen = found.ToHashSet();
        found.AddRange(candidates
            .Where(c => !seen.Contains(c.Pk))
            .OrderBy(c => c.FullName.StartsWith(term, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(c => c.Username.Length).ThenBy(c => c.Username, StringComparer.Ordinal)
            .Select(c => c.Pk)
            .Take(first - found.Count));
        return found;
    }
}
