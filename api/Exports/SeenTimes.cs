using InstaIntel.Api.Persistence;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Exports;

/// <summary>When each of an account's crawls saw its lists (<see cref="Scrape.SeenAt"/>), by crawl id.</summary>
public sealed class SeenTimes
{
    private static readonly Func<Scrape, DateTime> SeenAt = Scrape.SeenAt.Compile();

    private readonly Dictionary<long, DateTime> byScrape;

    private SeenTimes(Dictionary<long, DateTime> byScrape) => this.byScrape = byScrape;

    public static async Task<SeenTimes> LoadAsync(InstaIntelDb db, long accountId, CancellationToken ct) =>
        new(await db.Scrapes.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            // SQLite hands times back without a kind; everything stored is UTC.
            .ToDictionaryAsync(s => s.Id, s => DateTime.SpecifyKind(SeenAt(s), DateTimeKind.Utc), ct));

    public DateTime this[long scrapeId] => byScrape[scrapeId];
}
