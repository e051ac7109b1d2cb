using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InstaIntel.Api.Followers;
using InstaIntel.Api.GraphQL;
using Microsoft.AspNetCore.WebUtilities;

namespace InstaIntel.Api.Exports;

/// <summary>
/// The download URL of a view: <c>/exports/{username}/{view}.{format}?where=…&amp;order=…</c>, where `where` and
/// `order` are the GraphQL argument values as base64url-encoded JSON, the shape GraphQL variables take.
/// </summary>
public static class ExportLink
{
    public static string Path(string username, FollowerView view, ExportFormat format, object? where, object? order)
    {
        var path = $"/exports/{Uri.EscapeDataString(username)}/{ViewSlug(view)}.{format.Extension()}";
        var query = new List<string>();
        if (where is not null) query.Add($"where={Encode(where)}");
        if (order is not null) query.Add($"order={Encode(order)}");
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    /// <summary>`not-following-back` for NotFollowingBack: the URL and file-name spelling of a view.</summary>
    public static string ViewSlug(FollowerView view) => JsonNamingPolicy.KebabCaseLower.ConvertName(view.ToString());

    /// <summary>One view by its name, in any case, with or without dashes or underscores; never a comma list or a number.</summary>
    public static bool TryParseView(string slug, out FollowerView view) => EnumName.TryParse(slug.Replace("-", "").Replace("_", ""), out view);

    private static string Encode(object value) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(Json(value)?.ToJsonString() ?? "null"));

    /// <summary>A coerced GraphQL argument value back as the JSON a variable of its type is written in.</summary>
    private static JsonNode? Json(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        DateTime or DateTimeOffset => JsonValue.Create((string)new UtcDateTimeGraphType().Serialize(value)!),
        Enum named => JsonValue.Create(JsonNamingPolicy.SnakeCaseUpper.ConvertName(named.ToString())),
        IDictionary<string, object?> fields => new JsonObject(fields.Select(f => KeyValuePair.Create(f.Key, Json(f.Value)))),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(Json).ToArray()),
        _ => JsonValue.Create(Convert.ToDecimal(value)),
    };
}
