using GraphQL.Types;

namespace InstaIntel.Api.GraphQL;

/// <summary>Every feature's mutations (<see cref="SchemaFeatures"/>).</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        foreach (var feature in SchemaFeatures.All) feature.AddMutations(this);
    }
}
