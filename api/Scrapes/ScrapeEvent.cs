using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Scrapes;

/// <summary>A crawl changed state.</summary>
public sealed record ScrapeEvent(long ScrapeId, string Target, ScrapeStatus State, DateTime At, string? Error);

public sealed class ScrapeEventType : ObjectGraphType<ScrapeEvent>
{
    public ScrapeEventType()
    {
        Name = "ScrapeEvent";
        Description = "A crawl of any account changed state.";
        Field<NonNullGraphType<IdGraphType>>("scrapeId").Resolve(c => GlobalId.Encode(ScrapeType.TypeName, c.Source.ScrapeId)).DeprecationReason("Use `crawlId`.");
        Field<NonNullGraphType<IdGraphType>>("crawlId").Resolve(c => GlobalId.Encode(ScrapeType.TypeName, c.Source.ScrapeId));
        Field(x => x.Target).Description("The username of the crawled account.");
        Field<NonNullGraphType<EnumerationGraphType<ScrapeStatus>>>("state").Resolve(c => c.Source.State).DeprecationReason("Use `status`.");
        Field<NonNullGraphType<EnumerationGraphType<ScrapeStatus>>>("status").Resolve(c => c.Source.State);
        Field(x => x.At);
        Field(x => x.Error, nullable: true);
        Field<ScrapeType>("scrape").Description("The crawl as it is now.")
            .ResolveAsync(async c => await c.Db().Scrapes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == c.Source.ScrapeId, c.CancellationToken))
            .DeprecationReason("Use `crawl`.");
        Field<ScrapeType>("crawl").Description("The crawl as it is now.")
            .ResolveAsync(async c => await c.Db().Scrapes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == c.Source.ScrapeId, c.CancellationToken));
    }
}
