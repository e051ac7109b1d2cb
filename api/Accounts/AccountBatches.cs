using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL.Batching;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Accounts;

/// <summary>What rows of a list read about their accounts, one query per page instead of one per row.</summary>
public static class AccountBatches
{
    public static readonly BatchQuery<long, Account> ById = new(async (db, ids, ct) =>
        await db.Accounts.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct));

    private static readonly Func<Crawl, TimelinePoint> ToPoint = TimelinePoint.FromCrawl.Compile();

    /// <summary>Each account's <see cref="TimelinePoint"/>s: its complete crawls only, oldest first by when they saw the lists (an account with none is missing).</summary>
    public static readonly BatchQuery<long, IReadOnlyList<TimelinePoint>> Timeline = new(async (db, ids, ct) =>
    {
        var crawls = await db.Crawls.AsNoTracking()
            .Where(s => ids.Contains(s.AccountId) && s.Status == CrawlStatus.Succeeded)
            .OrderBy(Crawl.SeenAt).ThenBy(s => s.Id) // an imported archive sits at its own date among the crawls
            .ToListAsync(ct);
        return crawls.GroupBy(s => s.AccountId).ToDictionary(g => g.Key, g => (IReadOnlyList<TimelinePoint>)[.. g.Select(ToPoint)]);
    });
}
