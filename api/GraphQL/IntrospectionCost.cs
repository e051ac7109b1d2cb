using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// An introspection answer is bounded by the schema, not by list sizes: costed as lists of 20, GraphiQL's own
/// introspection query came to 1.7 million. So `__schema` costs the number of things the schema declares (types,
/// fields, arguments, enum values, directives), `__type` the largest type's share, and nothing below them costs more.
/// </summary>
public static class IntrospectionCost
{
    private static readonly ConditionalWeakTable<ISchema, Sizes> SizesOf = [];

    public static void CostIntrospectionBySchema(this ComplexityOptions options)
    {
        var standard = options.DefaultComplexityImpactDelegate;
        options.DefaultComplexityImpactDelegate = context =>
        {
            if (context.FieldDefinition.Name is not ("__schema" or "__type")) return standard(context);
            var sizes = SizesOf.GetValue(context.ValidationContext.Schema, Measure);
            // A child multiplier of 0: what is selected below is already paid for.
            return new(context.FieldDefinition.Name == "__schema" ? sizes.Schema : sizes.LargestType, 0);
        };
    }

    private sealed record Sizes(int Schema, int LargestType);

    private static Sizes Measure(ISchema schema)
    {
        var types = schema.AllTypes.Select(type => 1 + type switch
        {
            IComplexGraphType complex => complex.Fields.Sum(f => 1 + (f.Arguments?.Count ?? 0)),
            EnumerationGraphType enumeration => enumeration.Values.Count,
            _ => 0,
        }).ToList();
        var directives = schema.Directives.Sum(d => 1 + (d.Arguments?.Count ?? 0));
        return new(types.Sum() + directives, types.Max());
    }
}
