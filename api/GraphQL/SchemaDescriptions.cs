using GraphQL.Types;
using GraphQL.Utilities;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// Describes what the schema's conventions generate, so no field of them needs a text of its own: filter and sort
/// inputs and their operators, mutation inputs, payloads and error unions, `errors`, `message`, `id` and `…Id` fields.
/// Every other description is written beside the type, field or enum member it describes, and wins over these.
/// `tests/InstaIntel.Tests/GraphQL/SchemaDescriptionTests.cs` fails on anything still without one.
/// </summary>
public sealed class SchemaDescriptions : BaseSchemaNodeVisitor
{
    private static readonly Dictionary<string, string> Operators = new()
    {
        ["and"] = "All of these conditions hold.",
        ["or"] = "At least one of these conditions holds.",
        ["eq"] = "Equal to this value.",
        ["neq"] = "Not equal to this value.",
        ["gt"] = "Greater than this value.",
        ["ngt"] = "Not greater than this value.",
        ["gte"] = "Greater than or equal to this value.",
        ["ngte"] = "Not greater than or equal to this value.",
        ["lt"] = "Less than this value.",
        ["nlt"] = "Not less than this value.",
        ["lte"] = "Less than or equal to this value.",
        ["nlte"] = "Not less than or equal to this value.",
        ["in"] = "One of these values.",
        ["nin"] = "None of these values.",
        ["contains"] = "Contains this text.",
        ["ncontains"] = "Does not contain this text.",
        ["startsWith"] = "Starts with this text.",
        ["nstartsWith"] = "Does not start with this text.",
        ["endsWith"] = "Ends with this text.",
        ["nendsWith"] = "Does not end with this text.",
    };

    public override void VisitObject(IObjectGraphType type, ISchema schema) => Fill(type, Conventional(type.Name));
    public override void VisitInputObject(IInputObjectGraphType type, ISchema schema) => Fill(type, Conventional(type.Name));
    // GraphQL.NET's own scalar, used for Instagram's ids.
    public override void VisitScalar(ScalarGraphType type, ISchema schema) => Fill(type, type is LongGraphType ? "A 64-bit integer, as Instagram's profile ids need." : null);
    // Error unions are named after their mutation (`AddAccountError`), error object types after the fault (`InvalidHandleError`).
    public override void VisitUnion(UnionGraphType type, ISchema schema) =>
        Fill(type, type.Name.EndsWith("Error", StringComparison.Ordinal) ? $"The typed errors `{Mutation(type.Name, "Error")}` can return." : null);

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => FillField(field, type);
    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema) => FillField(field, type);
    public override void VisitInputObjectFieldDefinition(FieldType field, IInputObjectGraphType type, ISchema schema) => FillField(field, type);

    private static void Fill(IGraphType type, string? conventional)
    {
        if (!string.IsNullOrEmpty(type.Description) || type.Name.StartsWith("__", StringComparison.Ordinal)) return;
        type.Description = conventional;
    }

    private static string? Conventional(string name) =>
        name.EndsWith("OperationFilterInput", StringComparison.Ordinal) ? $"Conditions on a {name[..^"OperationFilterInput".Length]} value; all given must hold."
        : name.EndsWith("FilterInput", StringComparison.Ordinal) ? $"Which {name[..^"FilterInput".Length]} rows to include: all conditions given must hold; combine with `and` and `or`."
        : name.EndsWith("SortInput", StringComparison.Ordinal) ? $"One sort key for {name[..^"SortInput".Length]} rows: set one field; list several to sort by each in turn."
        : name.EndsWith("Payload", StringComparison.Ordinal) ? $"What `{Mutation(name, "Payload")}` did, or its typed `errors` saying why not."
        : name.EndsWith("Input", StringComparison.Ordinal) ? $"The input of `{Mutation(name, "Input")}`."
        : null;

    private static string Mutation(string name, string suffix) => char.ToLowerInvariant(name[0]) + name[1..^suffix.Length];

    private static void FillField(FieldType field, IGraphType owner)
    {
        if (!string.IsNullOrEmpty(field.Description)) return;
        var name = owner.Name;
        field.Description = (name.EndsWith("FilterInput", StringComparison.Ordinal) && Operators.TryGetValue(field.Name, out var op) ? op : null)
            ?? (name.EndsWith("FilterInput", StringComparison.Ordinal) ? $"Condition on `{field.Name}`." : null)
            ?? (name.EndsWith("SortInput", StringComparison.Ordinal) ? $"Sort by `{field.Name}`." : null)
            ?? (name.EndsWith("Payload", StringComparison.Ordinal) && field.Name == "errors" ? $"Why `{Mutation(name, "Payload")}` did not do what was asked; null when it did." : null)
            ?? (name.EndsWith("Payload", StringComparison.Ordinal) ? $"The {Words(field.Name)} as `{Mutation(name, "Payload")}` left it." : null)
            ?? (field.Name == "message" && owner is IObjectGraphType o && o.ResolvedInterfaces.Any(i => i.Name == "Error") ? "What went wrong, and what to do about it." : null)
            ?? (field.Name == "id" ? owner is IObjectGraphType ? $"The {Words(name)}'s global ID (for `node(id:)`)." : "The object's global ID." : null)
            ?? (field.Name.EndsWith("Id", StringComparison.Ordinal) && field.Name.Length > 2 ? $"The {Words(field.Name[..^2])}'s ID." : null);
    }

    /// <summary>`followersFetched` → `followers fetched`.</summary>
    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
