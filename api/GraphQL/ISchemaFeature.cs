using GraphQL.Types;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// How a feature folder puts itself into the schema: its root fields and, for each of its types that implements
/// `Node`, how to load one by key. A feature has a `*Queries`, `*Mutations` and/or `*Subscriptions` class that
/// implements only the parts it has; <see cref="SchemaFeatures.All"/> lists them.
/// </summary>
public interface ISchemaFeature
{
    void AddQueries(ObjectGraphType query, NamedTypes types) { }

    void AddMutations(ObjectGraphType mutation) { }

    void AddSubscriptions(ObjectGraphType subscription) { }

    void AddNodes(NodeResolvers nodes) { }
}
