using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Crawls;

/// <summary>
/// How far a crawl has got: its state, rows fetched of those Instagram reported, the rate so far, the time left at
/// it, and when a rate-limit pause ends. Also what `crawlProgress` streams.
/// </summary>
public sealed record CrawlProgress(long CrawlId, CrawlStatus Status, int Fetched, int? Expected, double? Percent, double? Rate,
    int? EtaSeconds, DateTime? ResumesAt, string? Error, DateTime At)
{
    public bool Ended => !Status.IsActive();

    public static CrawlProgress Of(Crawl crawl, DateTime now)
    {
        var expected = crawl.Expected;
        var percent = crawl.Status == CrawlStatus.Succeeded ? 100
            : expected is > 0 ? Math.Min(100, Math.Round(100.0 * crawl.Fetched / expected.Value, 1)) : (double?)null;
        var elapsed = ((crawl.FinishedAt ?? now) - (crawl.StartedAt ?? now)).TotalSeconds;
        double? rate = elapsed > 0 && crawl.Fetched > 0 ? Math.Round(crawl.Fetched / elapsed, 1) : null;
        int? eta = crawl.Status is CrawlStatus.Running or CrawlStatus.PausedRateLimited && rate > 0 && expected is { } total
            ? (int)Math.Ceiling(Math.Max(0, total - crawl.Fetched) / rate.Value)
            : null;
        return new CrawlProgress(crawl.Id, crawl.Status, crawl.Fetched, expected, percent, rate, eta, crawl.ResumesAt, crawl.Error, now);
    }
}

public sealed class CrawlProgressType : ObjectGraphType<CrawlProgress>
{
    public CrawlProgressType()
    {
        Name = "CrawlProgress";
        Description = "How far a crawl has got.";
        Field<NonNullGraphType<IdGraphType>>("crawlId").Resolve(c => GlobalId.Encode(CrawlType.TypeName, c.Source.CrawlId));
        Field<NonNullGraphType<EnumerationGraphType<CrawlStatus>>>("status").Description("Where the crawl is, or how it ended.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description(CrawlType.ActiveDescription).Resolve(c => !c.Source.Ended);
        Field(x => x.Fetched).Description("Profiles fetched so far, both lists together.");
        Field(x => x.Expected, nullable: true).Description("The counts Instagram reported for the lists being crawled.");
        Field(x => x.Percent, nullable: true).Description("Share fetched of what the profile said, 0 to 100; null while unknown.");
        Field(x => x.Rate, nullable: true).Description("Profiles per second since the crawl started.");
        Field(x => x.EtaSeconds, nullable: true).Description("Seconds left at the current rate, while running.");
        Field(x => x.ResumesAt, nullable: true).Description("While paused by a rate limit: when the crawl continues by itself.");
        Field(x => x.Error, nullable: true).Description("Why the crawl failed, in words that say what to do.");
        Field(x => x.At).Description("When this was measured: for a streamed update, when the server published it.");
        this.AddDeprecatedAlias("scrapeId", "crawlId");
        this.AddDeprecatedAlias("state", "status");
    }
}
