using System.Text.Json;

namespace InstaIntel.Api.Archives;

/// <summary>
/// Reads one JSON list file. Two shapes are seen: a bare array of entries (`followers_1.json`) and an object holding the
/// array under a `relationships_…` key (`following.json` and the other lists). Each entry names one person in
/// `string_list_data[0].value`, or, in newer following files, in `title` with only `href` and `timestamp` beside it.
/// </summary>
public static class JsonLists
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private sealed record Entry(string? Title, List<Item>? StringListData);

    private sealed record Item(string? Href, string? Value, long? Timestamp);

    public static async Task<List<ArchivedPerson>> ReadAsync(Stream json, string fileName, CancellationToken ct)
    {
        JsonElement root;
        try
        {
            root = await JsonSerializer.DeserializeAsync<JsonElement>(json, Options, ct);
        }
        catch (JsonException e)
        {
            throw new ArchiveException(ArchiveProblem.Truncated, $"{fileName} is cut short or is not JSON (line {e.LineNumber + 1}).");
        }

        var entries = root.ValueKind switch
        {
            JsonValueKind.Array => root,
            JsonValueKind.Object => root.EnumerateObject().Select(p => p.Value).FirstOrDefault(v => v.ValueKind == JsonValueKind.Array),
            _ => default,
        };
        if (entries.ValueKind != JsonValueKind.Array)
            throw new ArchiveException(ArchiveProblem.Malformed, $"{fileName} holds no list of people.");

        var people = new List<ArchivedPerson>(entries.GetArrayLength());
        foreach (var element in entries.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object) continue;
            var entry = element.Deserialize<Entry>(Options)!;
            var item = entry.StringListData?.FirstOrDefault();
            var username = ProfileLinks.Username(item?.Value) ?? ProfileLinks.Username(entry.Title) ?? ProfileLinks.FromHref(item?.Href);
            if (username is null) continue;
            var since = item?.Timestamp is > 0 and var seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : (DateTime?)null;
            people.Add(new ArchivedPerson(username, since));
        }
        return people;
    }
}
