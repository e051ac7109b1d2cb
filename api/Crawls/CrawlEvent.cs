using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Crawls;

/// <summary>A crawl changed state.</summary>
public sealed record CrawlEvent(long CrawlId, string Target, CrawlStatus Status, DateTime At, string? Error);

public sealed class CrawlEventType : ObjectGraphType<CrawlEvent>
{
    public CrawlEventType()
    {
        Name = "CrawlEvent";
        Description = "A crawl of any account changed state.";
        Field<NonNullGraphType<IdGraphType>>("crawlId").Resolve(c => GlobalId.Encode(CrawlType.TypeName, c.Source.CrawlId));
        Field(x => x.Target).Description("The username of the crawled account.");
        Field<NonNullGraphType<EnumerationGraphType<CrawlStatus>>>("status").Description("Where the crawl is, or how it ended.").Resolve(c => c.Source.Status);
        Field(x => x.At).Description("When this happened.");
        Field(x => x.Error, nullable: true).Description("Why the crawl failed, when it did.");
        Field<CrawlType>("crawl").Description("The crawl as it is now.")
            .ResolveAsync(async c => await c.Db().Crawls.AsNoTracking().SingleOrDefaultAsync(s => s.Id == c.Source.CrawlId, c.CancellationToken));
        this.AddDeprecatedAlias("scrapeId", "crawlId");
        this.AddDeprecatedAlias("state", "status");
        this.AddDeprecatedAlias("scrape", "crawl");
    }
}
