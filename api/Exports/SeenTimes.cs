using InstaIntel.Api.Crawls;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Exports;

/// <summary>When each of an account's crawls saw its lists (<see cref="Crawl.SeenAt"/>), by crawl id.</summary>
public sealed class SeenTimes
{
    private static readonly Func<Crawl, DateTime> SeenAt = Crawl.SeenAt.Compile();

    private readonly Dictionary<long, DateTime> byCrawl;

    private SeenTimes(Dictionary<long, DateTime> byCrawl) => this.byCrawl = byCrawl;

    public static async Task<SeenTimes> LoadAsync(InstaIntelDb db, long accountId, CancellationToken ct) =>
        new(await db.Crawls.AsNoTracking()
            .Where(s => s.AccountId == accountId)
            // SQLite hands times back without a kind; everything stored is UTC.
            .ToDictionaryAsync(s => s.Id, s => DateTime.SpecifyKind(SeenAt(s), DateTimeKind.Utc), ct));

    public DateTime this[long crawlId] => byCrawl[crawlId];
}
