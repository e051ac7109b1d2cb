using GraphQL.Types;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// A field's former name, kept for existing clients as a thin forward: the same type, arguments and resolver under the
/// old name, deprecated and marked for removal. Renaming the current field renames what the alias serves.
/// </summary>
public static class DeprecatedAliases
{
    public const string RemovedAfter = "2027-06-30";

    public static FieldType AddDeprecatedAlias(this IComplexGraphType type, string formerName, string currentName)
    {
        // Fields made from an expression carry the property's name until the schema camel-cases it.
        var current = type.Fields.FirstOrDefault(f => string.Equals(f.Name, currentName, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"{type.Name} has no field `{currentName}` for `{formerName}` to forward to.");
        return type.AddField(new FieldType
        {
            Name = formerName,
            Description = current.Description,
            DeprecationReason = Reason(currentName),
            Type = current.Type,
            ResolvedType = current.ResolvedType,
            Arguments = current.Arguments,
            Resolver = current.Resolver,
            StreamResolver = current.StreamResolver,
        });
    }

    public static string Reason(string currentName) => $"Use `{currentName}`; removed after {RemovedAfter}.";
}
