using System.Text;

namespace InstaIntel.Api.GraphQL.Relay;

/// <summary>
/// Relay global IDs in HotChocolate 14's format: base64 of "TypeName:value". Standard padded base64 is emitted;
/// url-safe and unpadded input is accepted too.
/// </summary>
public static class GlobalId
{
    /// <summary>Types renamed since IDs were handed out: an ID under the old name still finds its row.</summary>
    private static readonly Dictionary<string, string> FormerTypeNames = new() { ["Scrape"] = "Crawl" };

    public static string Encode(string typeName, long value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{value}"));

    public static bool TryDecode(string? id, out string typeName, out long value)
    {
        typeName = "";
        value = 0;
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200) return false;
        var base64 = id.Trim().Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var written)) return false;
        var text = Encoding.UTF8.GetString(bytes, 0, written);
        var colon = text.IndexOf(':');
        if (colon <= 0 || !long.TryParse(text.AsSpan(colon + 1), out value)) return false;
        typeName = text[..colon];
        if (FormerTypeNames.TryGetValue(typeName, out var current)) typeName = current;
        return true;
    }

    /// <summary>The row key of an ID naming <paramref name="typeName"/>; null for a malformed ID or one of another type.</summary>
    public static long? KeyOf(string? id, string typeName) =>
        TryDecode(id, out var actual, out var value) && actual == typeName ? value : null;

    /// <summary>The row key of an ID that must name <paramref name="typeName"/>; a field error otherwise.</summary>
    public static long Expect(string? id, string typeName)
    {
        if (!TryDecode(id, out var actual, out var value))
            throw new global::GraphQL.ExecutionError($"The ID `{id}` has an invalid format.") { Code = "INVALID_ID" };
        if (actual != typeName)
            throw new global::GraphQL.ExecutionError($"The ID `{id}` names a {actual}, not a {typeName}.") { Code = "INVALID_ID" };
        return value;
    }
}
