using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Profiles;

/// <summary>Profiles have no root field of their own: they are reached through lists, search and `node`.</summary>
public sealed class ProfileQueries : ISchemaFeature
{
    public void AddNodes(NodeResolvers nodes) => nodes.Add<ProfileType>(ProfileType.TypeName,
        async (c, key) => await c.Db().Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Pk == key, c.CancellationToken));
}
