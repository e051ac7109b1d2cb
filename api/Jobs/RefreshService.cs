using InstaIntel.Api.Crawls;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Jobs;

/// <summary>The daily refresh: queue a crawl of every bookmarked account not crawled recently and not already queued.</summary>
public sealed class RefreshService(InstaIntelDb db, CrawlService crawls, IOptions<JobOptions> options, TimeProvider clock)
{
    public const string JobName = "daily-refresh";

    public async Task<IReadOnlyList<Crawl>> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recent = now - options.Value.RefreshSkipWithin;
        var due = await db.Accounts.AsNoTracking()
            .Where(a => a.Bookmarked && (a.LastCrawledAt == null || a.LastCrawledAt < recent))
            .Select(a => a.Id).ToListAsync(ct);

        var queued = new List<Crawl>();
        foreach (var accountId in due)
        {
            if (await crawls.StartAsync(accountId, CrawlLists.Both, forceRefresh: true, ct) is CrawlStart.Queued started) // the point is fresh data
                queued.Add(started.Crawl);
        }
        await RecordRunAsync(JobName, now, ct);
        return queued;
    }

    private async Task RecordRunAsync(string name, DateTime at, CancellationToken ct)
    {
        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Name == name, ct);
        if (run is null) db.JobRuns.Add(new JobRun { Name = name, LastRunAt = at });
        else run.LastRunAt = at;
        await db.SaveChangesAsync(ct);
    }
}
