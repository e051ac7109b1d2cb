using GraphQL.Types;
using InstaIntel.Api.GraphQL.Filtering;
using InstaIntel.Api.GraphQL.Paging;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// The graph types that are made from a name rather than a class (connections named after their field, filter and
/// sort inputs named after their node). One instance per schema, so a name always maps to one type.
/// </summary>
public sealed class NamedTypes
{
    private readonly Dictionary<string, IGraphType> byName = [];

    private T GetOrAdd<T>(string name, Func<T> create) where T : IGraphType
    {
        if (!byName.TryGetValue(name, out var type)) byName[name] = type = create();
        return (T)type;
    }

    public IGraphType Connection<TNodeType, TRow>(string prefix) where TNodeType : IGraphType =>
        GetOrAdd($"{prefix}Connection", () =>
        {
            var edge = new ObjectGraphType<Edge<TRow>> { Name = $"{prefix}Edge", Description = "An edge in a connection." };
            edge.Field<NonNullGraphType<StringGraphType>>("cursor").Description("A cursor for use in pagination.").Resolve(c => c.Source.Cursor);
            edge.Field<NonNullGraphType<TNodeType>>("node").Description("The item at the end of the edge.").Resolve(c => c.Source.Node);

            var connection = new ObjectGraphType<Connection<TRow>> { Name = $"{prefix}Connection", Description = "A connection to a list of items." };
            connection.Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Information to aid in pagination.").Resolve(c => c.Source.PageInfo);
            connection.Field("edges", new ListGraphType(new NonNullGraphType(edge))).Description("A list of edges.").Resolve(c => c.Source.Edges);
            connection.Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes").Description("A flattened list of the nodes.")
                .Resolve(c => c.Source.Edges.Select(e => e.Node));
            connection.Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Identifies the total count of items in the connection.")
                .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
            return connection;
        });

    public IGraphType FilterInput<T>(QueryShape<T> shape) =>
        GetOrAdd($"{shape.NodeName}FilterInput", () =>
        {
            var input = new InputObjectGraphType { Name = $"{shape.NodeName}FilterInput" };
            input.Field("and", new ListGraphType(new NonNullGraphType(input)));
            input.Field("or", new ListGraphType(new NonNullGraphType(input)));
            foreach (var field in shape.Filters)
                input.Field(field.Name, field.EnumType is { } enumType ? EnumOperationFilter(enumType, field.EnumGraphType) : OperationFilter(field.Kind))
                    .DeprecationReason(field.DeprecationReason);
            return input;
        });

    public IGraphType SortInput<T>(QueryShape<T> shape) =>
        GetOrAdd($"{shape.NodeName}SortInput", () =>
        {
            var input = new InputObjectGraphType { Name = $"{shape.NodeName}SortInput" };
            foreach (var sort in shape.Sorts) input.Field<EnumerationGraphType<SortEnumType>>(sort.Name).DeprecationReason(sort.DeprecationReason);
            return input;
        });

    private IGraphType EnumOperationFilter(Type enumType, Type? enumGraphType)
    {
        var graphType = enumGraphType ?? typeof(EnumerationGraphType<>).MakeGenericType(enumType);
        var name = enumGraphType is null ? enumType.Name : ((IGraphType)Activator.CreateInstance(enumGraphType)!).Name;
        return GetOrAdd($"{name}OperationFilterInput", () =>
        {
            var input = new InputObjectGraphType { Name = $"{name}OperationFilterInput" };
            input.Field("eq", graphType);
            input.Field("neq", graphType);
            input.Field("in", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(graphType)));
            input.Field("nin", typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(graphType)));
            return input;
        });
    }

    private IGraphType OperationFilter(FilterKind kind) =>
        GetOrAdd($"{kind}OperationFilterInput", () =>
        {
            var input = new InputObjectGraphType { Name = $"{kind}OperationFilterInput" };
            switch (kind)
            {
                case FilterKind.Boolean:
                    input.Field<BooleanGraphType>("eq");
                    input.Field<BooleanGraphType>("neq");
                    break;
                case FilterKind.String:
                    input.Field("and", new ListGraphType(new NonNullGraphType(input)));
                    input.Field("or", new ListGraphType(new NonNullGraphType(input)));
                    input.Field<StringGraphType>("eq");
                    input.Field<StringGraphType>("neq");
                    input.Field<StringGraphType>("contains");
                    input.Field<StringGraphType>("ncontains");
                    input.Field<ListGraphType<StringGraphType>>("in");
                    input.Field<ListGraphType<StringGraphType>>("nin");
                    input.Field<StringGraphType>("startsWith");
                    input.Field<StringGraphType>("nstartsWith");
                    input.Field<StringGraphType>("endsWith");
                    input.Field<StringGraphType>("nendsWith");
                    break;
                default:
                    var scalar = kind switch
                    {
                        FilterKind.Int => typeof(IntGraphType),
                        FilterKind.Long => typeof(LongGraphType),
                        _ => typeof(UtcDateTimeGraphType),
                    };
                    foreach (var op in new[] { "eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte" })
                        input.Field(op, scalar);
                    input.Field("in", typeof(ListGraphType<>).MakeGenericType(scalar));
                    input.Field("nin", typeof(ListGraphType<>).MakeGenericType(scalar));
                    break;
            }
            return input;
        });
}
