using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using InstaIntel.Api.GraphQL;
using Microsoft.AspNetCore.WebUtilities;

namespace InstaIntel.Api.Exports;

public sealed record ExportFilter(Dictionary<string, object?>? Where, IEnumerable? Order);

/// <summary>
/// Reads a download URL's `where` and `order` by coercing them as variables of the connections' own input types,
/// so they are checked, and mean, exactly what the same arguments mean in GraphQL.
/// </summary>
public sealed class ExportArguments(AppSchema schema, IGraphQLTextSerializer serializer)
{
    private static readonly GraphQLDocument Document =
        Parser.Parse("query Export($where: FollowerFilterInput, $order: [FollowerSortInput!]) { __typename }");

    public async Task<(ExportFilter? Filter, string? Error)> ReadAsync(string? where, string? order, CancellationToken ct)
    {
        var variables = new JsonObject();
        foreach (var (name, encoded) in new[] { ("where", where), ("order", order) })
        {
            if (string.IsNullOrEmpty(encoded)) continue;
            if (Decode(encoded) is not { } json)
                return (null, $"`{name}` must be base64url-encoded JSON, as Account.exportUrl writes it.");
            variables[name] = json;
        }

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = Document,
            Operation = (GraphQLOperationDefinition)Document.Definitions[0],
            Rules = [], // the document is fixed; only the variables need checking
            Variables = serializer.Deserialize<Inputs>(variables.ToJsonString()) ?? Inputs.Empty,
            Extensions = Inputs.Empty,
            CancellationToken = ct,
        });
        if (!result.IsValid) return (null, string.Join(" ", result.Errors.Select(e => e.Message)));

        var values = result.Variables?.ToDictionary(v => v.Name, v => v.Value) ?? [];
        return (new ExportFilter(values.GetValueOrDefault("where") as Dictionary<string, object?>, values.GetValueOrDefault("order") as IEnumerable), null);
    }

    private static JsonNode? Decode(string encoded)
    {
        try
        {
            return JsonNode.Parse(Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded)));
        }
        catch (Exception e) when (e is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }
}
