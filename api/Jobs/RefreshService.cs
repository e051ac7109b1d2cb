using InstaIntel.Api.Persistence;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Jobs;

/// <summary>The daily refresh: queue a crawl of every bookmarked account not crawled recently and not already queued.</summary>
public sealed class RefreshService(InstaIntelDb db, ScrapeService scrapes, IOptions<JobOptions> options, TimeProvider clock)
{
    public const string JobName = "daily-refresh";

    public async Task<IReadOnlyList<Scrape>> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var recent = now - options.Value.RefreshSkipWithin;
        var due = await db.Accounts.AsNoTracking()
            .Where(a => a.Bookmarked && (a.LastScrapedAt == null || a.LastScrapedAt < recent))
            .Select(a => a.Id).ToListAsync(ct);

        var queued = new List<Scrape>();
        foreach (var accountId in due)
        {
            if (await scrapes.StartAsync(accountId, ScrapeLists.Both, forceRefresh: true, ct) is ScrapeStart.Queued started) // the point is fresh data
                queued.Add(started.Scrape);
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
