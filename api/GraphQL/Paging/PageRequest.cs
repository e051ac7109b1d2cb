using GraphQL;

namespace InstaIntel.Api.GraphQL.Paging;

/// <summary>The paging arguments of one connection field, checked as HotChocolate checks them.</summary>
public sealed record PageRequest(int Size, bool Backward, string? Cursor)
{
    public static PageRequest From(IResolveFieldContext context, PagingOptions options)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        var after = context.GetArgument<string?>("after");
        var before = context.GetArgument<string?>("before");

        if (first is not null && last is not null)
            throw new ExecutionError("Passing both `first` and `last` to paginate a connection is not supported.") { Code = "PAGING_FIRST_AND_LAST" };
        foreach (var (name, value) in new[] { ("first", first), ("last", last) })
        {
            if (value < 0)
                throw new ExecutionError($"`{name}` must be at least 0.") { Code = "HC0079" };
            if (value > options.MaxPageSize)
                throw new ExecutionError("The maximum allowed items per page were exceeded.")
                {
                    Code = "HC0051",
                    Data = { ["requestedItems"] = value, ["maxAllowedItems"] = options.MaxPageSize },
                };
        }

        return last is not null || (before is not null && first is null)
            ? new PageRequest(last ?? options.DefaultPageSize, Backward: true, before)
            : new PageRequest(first ?? options.DefaultPageSize, Backward: false, after);
    }
}

public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 50;
    public int MaxPageSize { get; set; } = 500;
}
