using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace InstaIntel.Api.GraphQL.Paging;

/// <summary>
/// Cursors are base64url JSON: a fingerprint of the filter and order they were made under, then the sort-key
/// values of the row. A cursor replayed under another filter or order is refused rather than silently misread.
/// </summary>
public static class CursorCodec
{
    public static string Fingerprint(object? where, object? order)
    {
        var json = JsonSerializer.Serialize(new[] { where, order });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)), 0, 6);
    }

    public static string Encode(string fingerprint, IEnumerable<object?> keys) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(keys.Prepend(fingerprint).ToArray()));

    public static object?[] Decode(string cursor, string fingerprint, IReadOnlyList<Type> keyTypes, string argument)
    {
        try
        {
            var elements = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor));
            if (elements is null || elements.Length != keyTypes.Count + 1 || elements[0].GetString() != fingerprint)
                throw Invalid(argument);
            return keyTypes.Select((type, i) => elements[i + 1].Deserialize(type)).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw Invalid(argument);
        }
    }

    private static ExecutionError Invalid(string argument) =>
        new($"The cursor specified in `{argument}` has an invalid format.") { Code = "HC0078" };
}
