using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Dashboard;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.GraphQL.Paging;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Profiles;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public const int MaxNodes = 10;

    public QueryType(NamedTypes types)
    {
        Name = "Query";

        Field<NodeInterface>("node").Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .ResolveAsync(async c => await NodeAsync(c, c.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes").Description("Lookup nodes by a list of IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                    throw new ExecutionError($"At most {MaxNodes} IDs can be fetched at once.") { Code = "HC0038" };
                var nodes = new List<object?>();
                foreach (var id in ids) nodes.Add(await NodeAsync(c, id));
                return nodes;
            });

        this.Connection<object, AccountType, Account>(types, "accounts", AccountType.Shape,
            c => Task.FromResult<IQueryable<Account>>(c.Db().Accounts.AsNoTracking()))
            .Description("Tracked accounts.");

        Field<AccountType>("account").Description("A tracked account by username; @name and profile URLs are understood too.")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c => Handle.TryParse(c.GetArgument<string>("username"), out var username, out _)
                ? await c.Db().Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Username == username, c.CancellationToken)
                : null);

        this.Connection<object, ScrapeType, Scrape>(types, "scrapes", ScrapeType.Shape,
            c => Task.FromResult<IQueryable<Scrape>>(c.Db().Scrapes.AsNoTracking()))
            .Description("Crawls of every tracked account.");

        Field<ScrapeType>("scrape").Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.Expect(c.GetArgument<string>("id"), ScrapeType.TypeName);
                return await c.Db().Scrapes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, c.CancellationToken);
            });

        BackupFields.RegisterQueries(this);

        Field<NonNullGraphType<DashboardType>>("dashboard").Resolve(c => c.Db());

        JobFields.RegisterQuery(this);

        Insights.NetworkFields.Register(this);
        Insights.SearchFields.Register(this);

        SessionMutations.RegisterQueries(this);
        ProfileStoryFields.RegisterQuery(this);
    }

    private static async Task<object?> NodeAsync(IResolveFieldContext c, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var key))
            throw new ExecutionError($"The ID `{id}` has an invalid format.") { Code = "INVALID_ID" };
        var db = c.Db();
        return type switch
        {
            AccountType.TypeName => await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == key, c.CancellationToken),
            ProfileType.TypeName => await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Pk == key, c.CancellationToken),
            ScrapeType.TypeName => await db.Scrapes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key, c.CancellationToken),
            _ => null,
        };
    }
}
