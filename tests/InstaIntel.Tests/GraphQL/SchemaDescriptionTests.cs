using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.GraphQL;

/// <summary>Tool authors read the SDL: every type, field and enum value of it says what it is.</summary>
public sealed class SchemaDescriptionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Every_type_field_and_enum_value_has_a_description()
    {
        var schema = app.Services.GetRequiredService<AppSchema>();
        var missing = new List<string>();
        // The built-in scalars are never printed: the GraphQL spec describes them.
        string[] builtIn = ["String", "Boolean", "ID", "Int", "Float"];
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !builtIn.Contains(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                missing.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
            if (type is EnumerationGraphType enumeration)
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
        }
        Assert.True(missing.Count == 0, $"{missing.Count} without a description (add .Description(…) beside the field, Description = … to the type, [Description] to the enum member): {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_printed_schema_carries_the_descriptions()
    {
        var sdl = GraphQLSetup.PrintSchema(app.Services.GetRequiredService<AppSchema>());
        Assert.Contains("\"Greater than or equal to this value.\"", sdl);
        Assert.Contains("\"The typed errors `addAccount` can return.\"", sdl);
    }
}
