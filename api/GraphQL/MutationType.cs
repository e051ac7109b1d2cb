using GraphQL.Types;

namespace InstaIntel.Api.GraphQL;

/// <summary>Every feature's mutations (<see cref="SchemaFeatures"/>).</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Every change. Each takes `input` and returns a payload whose typed `errors` say why it did not do what was asked.";
        foreach (var feature in SchemaFeatures.All) feature.AddMutations(this);
    }
}
