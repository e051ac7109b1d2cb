using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Exports;

/// <summary>When each of an account's crawls saw its lists (its finish, or its creation while unfinished), by crawl id.</summary>
public sealed class SeenTimes
{
    private readonly Dictionary<long, DateTime> byScrape;

    private SeenTimes(Dictionary<long, DateTime> byScrape) => this.byScrape = byScrape;

    public static async Task<SeenTimes> LoadAsync(InstaIntelDb db, long accountId, CancellationToken ct) =>
        new(await db.Scrapes.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            .Select(s => new { s.Id, At = s.FinishedAt ?? s.CreatedAt })
            // SQLite hands times back without a kind; everything stored is UTC.
            .ToDictionaryAsync(s => s.Id, s => DateTime.SpecifyKind(s.At, DateTimeKind.Utc), ct));

    public DateTime this[long scrapeId] => byScrape[scrapeId];
}
