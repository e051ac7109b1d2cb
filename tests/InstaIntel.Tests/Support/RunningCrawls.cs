using InstaIntel.Api.Crawls;
using InstaIntel.Api.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Support;

/// <summary>
/// A crawl recorded as already running, with no queue and no event: how tests and the bench stage pages for ingest
/// without a crawler.
/// </summary>
public static class RunningCrawls
{
    public static async Task<Crawl> BeginAsync(InstaIntelDb db, TimeProvider clock, long accountId, CrawlLists lists)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Claimed by its caller for a day: a worker polling for crawls whose worker died would otherwise take it over.
        var crawl = new Crawl
        {
            AccountId = accountId,
            Lists = lists,
            Status = CrawlStatus.Running,
            CreatedAt = now,
            StartedAt = now,
            ClaimedBy = "staged directly",
            LeaseUntil = now.AddDays(1),
        };
        db.Crawls.Add(crawl);
        await db.SaveChangesAsync();
        return crawl;
    }

    /// <summary>On the scope's database, at the app's time.</summary>
    public static Task<Crawl> BeginCrawlAsync(this IServiceProvider services, long accountId, CrawlLists lists) =>
        BeginAsync(services.GetRequiredService<InstaIntelDb>(), services.GetRequiredService<TimeProvider>(), accountId, lists);
}
