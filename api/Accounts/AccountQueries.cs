using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Paging;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Accounts;

public sealed class AccountQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types)
    {
        query.Connection<object?, AccountType, Account>(types, "accounts", AccountType.Shape,
            c => Task.FromResult<IQueryable<Account>>(c.Db().Accounts.AsNoTracking()))
            .Description("Tracked accounts.");

        query.Field<AccountType>("account").Description("A tracked account by username; @name and profile URLs are understood too.")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c => Handle.TryParse(c.GetArgument<string>("username"), out var username, out _)
                ? await c.Db().Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Username == username, c.CancellationToken)
                : null);
    }

    public void AddNodes(NodeResolvers nodes) => nodes.Add<AccountType>(AccountType.TypeName,
        async (c, key) => await c.Db().Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == key, c.CancellationToken));
}
