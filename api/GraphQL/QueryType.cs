using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.GraphQL;

/// <summary>Relay's `node`/`nodes`, then every feature's query fields (<see cref="SchemaFeatures"/>).</summary>
public sealed class QueryType : ObjectGraphType
{
    public const int MaxNodes = 10;

    public QueryType(NamedTypes types)
    {
        Name = "Query";
        Description = "Every read: tracked accounts with their lists, history and insights, crawls, the dashboard, sessions and settings.";

        Field<NodeInterface>("node").Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .ResolveAsync(async c => await SchemaFeatures.Nodes.LoadAsync(c, c.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes").Description("Lookup nodes by a list of IDs.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxNodes)
                    throw new ExecutionError($"At most {MaxNodes} IDs can be fetched at once.") { Code = "HC0038" };
                var nodes = new List<object?>();
                foreach (var id in ids) nodes.Add(await SchemaFeatures.Nodes.LoadAsync(c, id));
                return nodes;
            });

        foreach (var feature in SchemaFeatures.All) feature.AddQueries(this, types);
    }
}
