using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Paging;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Scrapes;

/// <summary>Crawls by ID and in history. The schema's first names said "scrape"; they stay, deprecated, beside the "crawl" ones.</summary>
public sealed class ScrapeQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types)
    {
        AddHistory(query, types, "scrapes").DeprecationReason("Use `crawls`.");
        AddById(query, "scrape").DeprecationReason("Use `crawl`.");
        AddHistory(query, types, "crawls");
        AddById(query, "crawl").Description("A crawl by its ID.");
    }

    public void AddNodes(NodeResolvers nodes) => nodes.Add<ScrapeType>(ScrapeType.TypeName, async (c, key) => await FindAsync(c, key));

    private static FieldBuilder<object?, object> AddHistory(ObjectGraphType query, NamedTypes types, string name) =>
        query.Connection<object?, ScrapeType, Scrape>(types, name, ScrapeType.Shape,
            c => Task.FromResult<IQueryable<Scrape>>(c.Db().Scrapes.AsNoTracking()))
            .Description("Crawls of every tracked account.");

    private static FieldBuilder<object?, object> AddById(ObjectGraphType query, string name) =>
        query.Field<ScrapeType>(name).Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await FindAsync(c, GlobalId.Expect(c.GetArgument<string>("id"), ScrapeType.TypeName)));

    private static async Task<object?> FindAsync(IResolveFieldContext c, long id) =>
        await c.Db().Scrapes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, c.CancellationToken);
}
