using System.Collections;
using GraphQL.Validation;

namespace InstaIntel.Api.GraphQL.Filtering;

/// <summary>
/// A `where:` value may nest `and` / `or` at most <see cref="MaxDepth"/> levels deep. Deeper filters say nothing a
/// flatter one cannot, and each level costs the translator, the cursor's fingerprint and the SQL a level more.
/// </summary>
public static class FilterNesting
{
    public const int MaxDepth = 10;

    /// <summary>An argument validator: refuses a filter nested past <see cref="MaxDepth"/> with FILTER_TOO_DEEP.</summary>
    public static void Check(object? where)
    {
        if (Depth(where, 1) > MaxDepth)
            throw new ValidationError($"The `where` filter nests `and` / `or` more than {MaxDepth} levels deep. Flatten it: the fields of one object are already ANDed.")
            {
                Code = "FILTER_TOO_DEEP",
            };
    }

    private static int Depth(object? where, int level)
    {
        if (level > MaxDepth || where is not IDictionary<string, object?> filter) return level;
        var deepest = level;
        foreach (var (name, value) in filter)
            if (name is "and" or "or" && value is IEnumerable nested)
                foreach (var inner in nested)
                    deepest = Math.Max(deepest, Depth(inner, level + 1));
        return deepest;
    }
}
