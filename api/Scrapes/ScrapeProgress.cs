using GraphQL.Types;

namespace InstaIntel.Api.Scrapes;

/// <summary>How far a crawl has got: rows fetched of those Instagram reported, the rate so far and the time left at it.</summary>
public sealed record ScrapeProgress(int Fetched, int? Expected, double? Percent, double? Rate, int? EtaSeconds)
{
    public static ScrapeProgress Of(Scrape scrape, DateTime now)
    {
        var expected = scrape.Expected;
        var percent = expected is > 0 ? Math.Min(100, Math.Round(100.0 * scrape.Fetched / expected.Value, 1)) : scrape.Status == ScrapeStatus.Succeeded ? 100 : (double?)null;
        var elapsed = ((scrape.FinishedAt ?? now) - (scrape.StartedAt ?? now)).TotalSeconds;
        double? rate = elapsed > 0 && scrape.Fetched > 0 ? Math.Round(scrape.Fetched / elapsed, 1) : null;
        int? eta = scrape.Status is ScrapeStatus.Running or ScrapeStatus.PausedRateLimited && rate > 0 && expected is { } total
            ? (int)Math.Ceiling(Math.Max(0, total - scrape.Fetched) / rate.Value)
            : null;
        return new ScrapeProgress(scrape.Fetched, expected, percent, rate, eta);
    }
}

public sealed class ScrapeProgressType : ObjectGraphType<ScrapeProgress>
{
    public ScrapeProgressType()
    {
        Name = "ScrapeProgress";
        Description = "How far a crawl has got.";
        Field(x => x.Fetched).Description("Profiles fetched so far, both lists together.");
        Field(x => x.Expected, nullable: true).Description("The counts Instagram reported for the lists being crawled.");
        Field(x => x.Percent, nullable: true);
        Field(x => x.Rate, nullable: true).Description("Profiles per second since the crawl started.");
        Field(x => x.EtaSeconds, nullable: true).Description("Seconds left at the current rate, while running.");
    }
}
