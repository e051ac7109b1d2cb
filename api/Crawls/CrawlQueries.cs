using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Paging;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Crawls;

/// <summary>Crawls by ID and in history.</summary>
public sealed class CrawlQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types)
    {
        query.Connection<object?, CrawlType, Crawl>(types, "crawls", CrawlType.Shape,
                c => Task.FromResult<IQueryable<Crawl>>(c.Db().Crawls.AsNoTracking()))
            .Description("Crawls of every tracked account.");
        query.Field<CrawlType>("crawl").Description("A crawl by its ID.").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await FindAsync(c, GlobalId.Expect(c.GetArgument<string>("id"), CrawlType.TypeName)));
        query.AddDeprecatedAlias("scrapes", "crawls");
        query.AddDeprecatedAlias("scrape", "crawl");
    }

    public void AddNodes(NodeResolvers nodes) => nodes.Add<CrawlType>(CrawlType.TypeName, async (c, key) => await FindAsync(c, key));

    private static async Task<object?> FindAsync(IResolveFieldContext c, long id) =>
        await c.Db().Crawls.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, c.CancellationToken);
}
