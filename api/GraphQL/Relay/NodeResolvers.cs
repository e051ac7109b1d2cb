using GraphQL;

namespace InstaIntel.Api.GraphQL.Relay;

/// <summary>`node(id:)`'s table: the type name a global ID carries, to the graph type and the lookup of its key.</summary>
public sealed class NodeResolvers
{
    private readonly Dictionary<string, Func<IResolveFieldContext, long, Task<object?>>> byType = [];
    private readonly List<Type> graphTypes = [];

    /// <summary>Graph types reachable only through the `Node` interface, which the schema must be told about.</summary>
    public IReadOnlyList<Type> GraphTypes => graphTypes;

    public void Add<TGraphType>(string typeName, Func<IResolveFieldContext, long, Task<object?>> load)
    {
        byType.Add(typeName, load);
        graphTypes.Add(typeof(TGraphType));
    }

    public async Task<object?> LoadAsync(IResolveFieldContext c, string id)
    {
        if (!GlobalId.TryDecode(id, out var type, out var key))
            throw new ExecutionError($"The ID `{id}` has an invalid format.") { Code = "INVALID_ID" };
        return byType.TryGetValue(type, out var load) ? await load(c, key) : null;
    }
}
