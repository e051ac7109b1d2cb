using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Profiles;

/// <summary>`Query.profile(pk or username)` (one person's page) and profiles by `node`; otherwise they are reached through lists and search.</summary>
public sealed class ProfileQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) => ProfileStoryFields.AddQuery(query);

    public void AddNodes(NodeResolvers nodes) => nodes.Add<ProfileType>(ProfileType.TypeName,
        async (c, key) => await c.Db().Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Pk == key, c.CancellationToken));
}
