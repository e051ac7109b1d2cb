using GraphQLParser.AST;

namespace InstaIntel.Api.Security;

/// <summary>
/// How many fields a document selects once every fragment spread is replaced by its fragment: what execution and the
/// validation rules would walk. Thirty fragments that each spread the next twice select 2^30 fields, so each fragment
/// is counted once and its count reused for every spread of it.
/// </summary>
public static class ExpandedFieldCount
{
    /// <summary>The count, or <paramref name="limit"/> + 1 as soon as it is passed.</summary>
    public static long Of(GraphQLDocument document, long limit)
    {
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>();
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        var counted = new Dictionary<string, long>();
        var spread = new HashSet<string>();

        long CountFragment(string name)
        {
            if (counted.TryGetValue(name, out var known)) return known;
            // Unknown and cyclic spreads are the spec rules' errors to report; here they count nothing.
            if (!fragments.TryGetValue(name, out var fragment) || !spread.Add(name)) return 0;
            var count = Count(fragment.SelectionSet);
            spread.Remove(name);
            return counted[name] = count;
        }

        long Count(GraphQLSelectionSet? selections)
        {
            long total = 0;
            foreach (var selection in selections?.Selections ?? [])
            {
                total += selection switch
                {
                    GraphQLField field => 1 + Count(field.SelectionSet),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread named => CountFragment(named.FragmentName.Name.StringValue),
                    _ => 0,
                };
                if (total > limit) return limit + 1;
            }
            return total;
        }

        // Every operation, and every fragment no spread reaches, is validated: all of them count.
        var reached = document.Definitions.OfType<GraphQLFragmentDefinition>().SelectMany(f => Spreads(f.SelectionSet))
            .Concat(document.Definitions.OfType<GraphQLOperationDefinition>().SelectMany(o => Spreads(o.SelectionSet)))
            .ToHashSet();
        long sum = 0;
        foreach (var definition in document.Definitions)
        {
            sum += definition switch
            {
                GraphQLOperationDefinition operation => Count(operation.SelectionSet),
                GraphQLFragmentDefinition fragment when !reached.Contains(fragment.FragmentName.Name.StringValue) => CountFragment(fragment.FragmentName.Name.StringValue),
                _ => 0,
            };
            if (sum > limit) return limit + 1;
        }
        return sum;
    }

    private static IEnumerable<string> Spreads(GraphQLSelectionSet? selections) =>
        (selections?.Selections ?? []).SelectMany(s => s switch
        {
            GraphQLFragmentSpread named => [named.FragmentName.Name.StringValue],
            GraphQLField field => Spreads(field.SelectionSet),
            GraphQLInlineFragment inline => Spreads(inline.SelectionSet),
            _ => [],
        });
}
