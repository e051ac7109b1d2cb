using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Counts;

public static class TrackingLevels
{
    /// <summary>A crawl (or an imported list) makes its account a list account; a counts account stays one until then.</summary>
    public static Task ListsForCrawlAsync(InstaIntelDb db, long accountId, CancellationToken ct) =>
        db.Accounts.Where(a => a.Id == accountId && a.TrackingLevel != TrackingLevel.Lists)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.TrackingLevel, TrackingLevel.Lists), ct);

    public static async Task<Accounts.Account?> SetAsync(InstaIntelDb db, long accountId, TrackingLevel level, CancellationToken ct)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null) return null;
        account.TrackingLevel = level;
        await db.SaveChangesAsync(ct);
        return account;
    }
}
