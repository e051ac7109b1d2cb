using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using InstaIntel.Api.GraphQL.Filtering;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.GraphQL.Paging;

[Description("A sort direction.")]
public enum SortEnumType
{
    [Description("Smallest, earliest or A first.")] Asc,
    [Description("Largest, latest or Z first.")] Desc,
}

/// <summary>
/// Keyset pagination: the cursor holds the sort-key values of a row and the next page starts strictly after it,
/// so a page deep in a million rows costs what the first page costs. The tie-breaker key is always the last
/// sort key, which makes every order total.
/// </summary>
public static class Keyset
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly ConcurrentDictionary<LambdaExpression, Delegate> Compiled = new();

    private sealed record Key(LambdaExpression Expression, bool Descending);

    public static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> source, QueryShape<T> shape, PageRequest page,
        IDictionary<string, object?>? where, IEnumerable? order, CancellationToken ct)
    {
        var filtered = Filter(source, shape, where);
        var orderEntries = OrderEntries(order);
        var keys = Keys(shape, orderEntries);
        var fingerprint = CursorCodec.Fingerprint(where, orderEntries);

        var query = filtered;
        if (page.Cursor is not null)
        {
            var values = CursorCodec.Decode(page.Cursor, fingerprint, keys.Select(k => k.Expression.ReturnType).ToList(),
                page.Backward ? "before" : "after");
            query = query.Where(After<T>(keys, values, page.Backward));
            if (keys.Count == 1 && shape.TieBreakerTwin is { } twin)
                query = query.Where(After<T>([new Key(twin, keys[0].Descending)], values, page.Backward));
        }
        query = Order(query, keys, page.Backward);

        var rows = page.Size == 0 ? [] : await query.Take(page.Size + 1).ToListAsync(ct);
        var more = rows.Count > page.Size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (page.Backward) rows.Reverse();

        var edges = rows.Select(row => new Edge<T>(CursorCodec.Encode(fingerprint, keys.Select(k => Evaluate(k.Expression, row))), row)).ToList();
        var hasCursor = page.Cursor is not null;
        var info = new PageInfo(
            HasNextPage: page.Backward ? hasCursor : more,
            HasPreviousPage: page.Backward ? more : hasCursor,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, info, token => filtered.CountAsync(token));
    }

    /// <summary>Every row a connection's `where` and `order` select, in the order its pages walk: what exports stream.</summary>
    public static IQueryable<T> FilterAndOrder<T>(IQueryable<T> source, QueryShape<T> shape, IDictionary<string, object?>? where, IEnumerable? order) =>
        Order(Filter(source, shape, where), Keys(shape, OrderEntries(order)), flip: false);

    private static IQueryable<T> Filter<T>(IQueryable<T> source, QueryShape<T> shape, IDictionary<string, object?>? where) =>
        FilterTranslator.Translate(shape, where) is { } filter ? source.Where(filter) : source;

    private static List<IDictionary<string, object?>> OrderEntries(IEnumerable? order) =>
        order?.OfType<IDictionary<string, object?>>().ToList() ?? [];

    private static List<Key> Keys<T>(QueryShape<T> shape, List<IDictionary<string, object?>> order)
    {
        var keys = new List<Key>();
        foreach (var entry in order)
            foreach (var (name, direction) in entry)
            {
                if (direction is null) continue;
                var sort = shape.Sorts.Single(s => s.Name == name);
                keys.Add(new Key(sort.Key, direction is SortEnumType.Desc || direction as string == "DESC"));
            }
        keys.Add(new Key(shape.TieBreaker, keys.LastOrDefault()?.Descending ?? false));
        return keys;
    }

    private static IQueryable<T> Order<T>(IQueryable<T> query, List<Key> keys, bool flip)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending ^ flip;
            var method = (i, descending) switch
            {
                (0, false) => nameof(Queryable.OrderBy),
                (0, true) => nameof(Queryable.OrderByDescending),
                (_, false) => nameof(Queryable.ThenBy),
                (_, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].Expression.ReturnType],
                expression, Expression.Quote(keys[i].Expression));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    /// <summary>(k1 > v1) OR (k1 = v1 AND k2 > v2) OR ... with each comparison turned for its direction.</summary>
    private static Expression<Func<T, bool>> After<T>(List<Key> keys, object?[] values, bool flip)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? result = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var member = new ParameterReplacer(keys[i].Expression.Parameters[0], row).Visit(keys[i].Expression.Body);
            var value = Parameter.Of(values[i], member.Type);
            var step = Beyond(member, value, keys[i].Descending ^ flip);
            var branch = equalSoFar is null ? step : Expression.AndAlso(equalSoFar, step);
            result = result is null ? branch : Expression.OrElse(result, branch);
            var equal = Expression.Equal(member, value);
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return Expression.Lambda<Func<T, bool>>(result!, row);
    }

    private static Expression Beyond(Expression member, Expression value, bool descending)
    {
        if (member.Type == typeof(string))
        {
            var compare = Expression.Call(StringCompare, member, value);
            var zero = Expression.Constant(0);
            return descending ? Expression.LessThan(compare, zero) : Expression.GreaterThan(compare, zero);
        }
        return descending ? Expression.LessThan(member, value) : Expression.GreaterThan(member, value);
    }

    private static object? Evaluate(LambdaExpression key, object? row) =>
        Compiled.GetOrAdd(key, k => k.Compile()).DynamicInvoke(row);
}
