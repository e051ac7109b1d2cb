using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;

namespace InstaIntel.Api.Tokens;

/// <summary>Listing API tokens (`admin`: see <see cref="RootFieldScopes"/>).</summary>
public sealed class ApiTokenQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiTokenType>>>>("apiTokens")
            .Description("Every API token, revoked and expired ones included, oldest first. Secrets are never shown again.")
            .ResolveAsync(async c => await ApiTokenMutations.Tokens(c).ListAsync(c.CancellationToken));
}
