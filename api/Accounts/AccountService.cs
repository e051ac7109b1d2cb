using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Accounts;

public sealed class AccountService(InstaIntelDb db, TimeProvider clock)
{
    /// <summary>Starts tracking a username; adding one already tracked returns it unchanged.</summary>
    public async Task<Account> AddAsync(string username, CancellationToken ct)
    {
        var existing = await db.Accounts.SingleOrDefaultAsync(a => a.Username == username, ct);
        if (existing is not null) return existing;
        var account = new Account { Username = username, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Accounts.Add(account);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public async Task<Account?> SetBookmarkAsync(long accountId, bool bookmarked, CancellationToken ct)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null) return null;
        account.Bookmarked = bookmarked;
        await db.SaveChangesAsync(ct);
        return account;
    }

    /// <summary>
    /// Removes an account with its crawls and edges, and the profiles that no other account's lists still hold. A
    /// running crawl of another account keeps its own copy of each profile it saw (staged) and stores it again when it ends.
    /// </summary>
    public async Task<bool> DeleteAsync(long accountId, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // SQLite's INTEGER PRIMARY KEY is its rowid; PostgreSQL's integer is 32 bits, too small for Instagram's pks.
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? "CREATE TEMP TABLE IF NOT EXISTS doomed_profiles (pk bigint PRIMARY KEY);"
            : "CREATE TEMP TABLE IF NOT EXISTS doomed_profiles (pk INTEGER PRIMARY KEY);", ct);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM doomed_profiles;
            INSERT INTO doomed_profiles
                SELECT profile_pk FROM follower_edges WHERE target_id = {accountId}
                UNION SELECT profile_pk FROM following_edges WHERE target_id = {accountId};
            """, ct);
        var deleted = await db.Accounts.Where(a => a.Id == accountId).ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM profiles WHERE pk IN (SELECT pk FROM doomed_profiles)
                AND NOT EXISTS (SELECT 1 FROM follower_edges f WHERE f.profile_pk = profiles.pk)
                AND NOT EXISTS (SELECT 1 FROM following_edges g WHERE g.profile_pk = profiles.pk);
            DELETE FROM doomed_profiles;
            """, ct);
        await tx.CommitAsync(ct);
        return deleted > 0;
    }
}
