using GraphQL.Types;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Scrapes;

/// <summary>
/// How far a crawl has got: its state, rows fetched of those Instagram reported, the rate so far, the time left at
/// it, and when a rate-limit pause ends. Also what `scrapeProgress` streams.
/// </summary>
public sealed record ScrapeProgress(long ScrapeId, ScrapeStatus State, int Fetched, int? Expected, double? Percent, double? Rate,
    int? EtaSeconds, DateTime? ResumesAt, string? Error, DateTime At)
{
    public bool Ended => !State.IsActive();

    public static ScrapeProgress Of(Scrape scrape, DateTime now)
    {
        var expected = scrape.Expected;
        var percent = scrape.Status == ScrapeStatus.Succeeded ? 100
            : expected is > 0 ? Math.Min(100, Math.Round(100.0 * scrape.Fetched / expected.Value, 1)) : (double?)null;
        var elapsed = ((scrape.FinishedAt ?? now) - (scrape.StartedAt ?? now)).TotalSeconds;
        double? rate = elapsed > 0 && scrape.Fetched > 0 ? Math.Round(scrape.Fetched / elapsed, 1) : null;
        int? eta = scrape.Status is ScrapeStatus.Running or ScrapeStatus.PausedRateLimited && rate > 0 && expected is { } total
            ? (int)Math.Ceiling(Math.Max(0, total - scrape.Fetched) / rate.Value)
            : null;
        return new ScrapeProgress(scrape.Id, scrape.Status, scrape.Fetched, expected, percent, rate, eta, scrape.ResumesAt, scrape.Error, now);
    }
}

public sealed class ScrapeProgressType : ObjectGraphType<ScrapeProgress>
{
    public ScrapeProgressType()
    {
        Name = "ScrapeProgress";
        Description = "How far a crawl has got.";
        Field<NonNullGraphType<IdGraphType>>("scrapeId").Resolve(c => GlobalId.Encode(ScrapeType.TypeName, c.Source.ScrapeId)).DeprecationReason("Use `crawlId`.");
        Field<NonNullGraphType<EnumerationGraphType<ScrapeStatus>>>("state").Resolve(c => c.Source.State).DeprecationReason("Use `status`.");
        Field<NonNullGraphType<IdGraphType>>("crawlId").Resolve(c => GlobalId.Encode(ScrapeType.TypeName, c.Source.ScrapeId));
        Field<NonNullGraphType<EnumerationGraphType<ScrapeStatus>>>("status").Resolve(c => c.Source.State);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description(ScrapeType.ActiveDescription).Resolve(c => !c.Source.Ended);
        Field(x => x.Fetched).Description("Profiles fetched so far, both lists together.");
        Field(x => x.Expected, nullable: true).Description("The counts Instagram reported for the lists being crawled.");
        Field(x => x.Percent, nullable: true);
        Field(x => x.Rate, nullable: true).Description("Profiles per second since the crawl started.");
        Field(x => x.EtaSeconds, nullable: true).Description("Seconds left at the current rate, while running.");
        Field(x => x.ResumesAt, nullable: true).Description("While paused by a rate limit: when the crawl continues by itself.");
        Field(x => x.Error, nullable: true).Description("Why the crawl failed, in words that say what to do.");
        Field(x => x.At).Description("When this was measured: for a streamed update, when the server published it.");
    }
}
