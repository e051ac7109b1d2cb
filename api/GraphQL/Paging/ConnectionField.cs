using System.Collections;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using InstaIntel.Api.GraphQL.Filtering;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.GraphQL.Paging;

public static class ConnectionField
{
    /// <summary>
    /// Adds a HotChocolate-shaped connection field (first/after/last/before, where, order) named <paramref name="name"/>,
    /// whose connection and edge types are named after it. The page size counts as the list multiplier for cost.
    /// </summary>
    public static FieldBuilder<TSource, object> Connection<TSource, TNodeType, TRow>(
        this ObjectGraphType<TSource> parent, NamedTypes types, string name, QueryShape<TRow> shape,
        Func<IResolveFieldContext<TSource>, Task<IQueryable<TRow>>> source)
        where TNodeType : IGraphType
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];
        return parent.Field(name, types.Connection<TNodeType, TRow>(prefix))
            .Argument<IntGraphType>("first", "Returns the first _n_ elements from the list.")
            .Argument<StringGraphType>("after", "Returns the elements in the list that come after the specified cursor.")
            .Argument<IntGraphType>("last", "Returns the last _n_ elements from the list.")
            .Argument<StringGraphType>("before", "Returns the elements in the list that come before the specified cursor.")
            .Argument(types.FilterInput(shape), "where", a => a.Validator = FilterNesting.Check)
            .Argument(new ListGraphType(new NonNullGraphType(types.SortInput(shape))), "order")
            .ResolveAsync(async context =>
            {
                var options = context.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
                return await Keyset.PageAsync(await source(context), shape, PageRequest.From(context, options),
                    context.GetArgument<Dictionary<string, object?>?>("where"), context.GetArgument<object?>("order") as IEnumerable,
                    context.CancellationToken);
            });
    }
}
