using System.Text.Json;

namespace InstaIntel.Api.Archives;

/// <summary>
/// Reads one JSON list file, an entry at a time. Two shapes are seen: a bare array of entries (`followers_1.json`) and
/// an object holding the array under a `relationships_…` key (`following.json` and the other lists). Each entry names
/// one person in `string_list_data[0].value`, or, in newer following files, in `title` with only `href` and `timestamp`
/// beside it. Fields longer than they can be in an archive Instagram made refuse the file.
/// </summary>
public static class JsonLists
{
    // An Instagram username is at most 30 characters; the caps leave room for escapes (`\u00e9` is six bytes).
    public const int MaxValueBytes = 200;
    public const int MaxHrefBytes = 1024;
    public const int MaxTitleBytes = 1024;

    /// <param name="maxPeople">How many entries the file may hold before it is refused.</param>
    public static async Task<List<ArchivedPerson>> ReadAsync(Stream stream, string fileName, int maxPeople, CancellationToken ct)
    {
        var json = new JsonTokens(stream, fileName);
        var people = new List<ArchivedPerson>();
        try
        {
            if (!await MoveToEntriesAsync(json, ct))
                throw new ArchiveException(ArchiveProblem.Malformed, $"{fileName} holds no list of people.");
            while (true)
            {
                await json.NextAsync(ct);
                if (json.Type == JsonTokenType.EndArray) return people;
                if (json.Type != JsonTokenType.StartObject)
                {
                    await json.SkipAsync(ct);
                    continue;
                }
                if (await ReadEntryAsync(json, ct) is not { } person) continue;
                if (people.Count == maxPeople)
                    throw new ArchiveException(ArchiveProblem.TooLarge,
                        $"{fileName} lists more than {maxPeople:N0} people (setting Imports:MaxPeople).");
                people.Add(person);
            }
        }
        catch (JsonException)
        {
            throw new ArchiveException(ArchiveProblem.Truncated, $"{fileName} is cut short or is not JSON (near byte {json.Offset:N0}).");
        }
    }

    /// <summary>Moves onto the start of the entries: the root array, or the first array-valued key of the root object.</summary>
    private static async Task<bool> MoveToEntriesAsync(JsonTokens json, CancellationToken ct)
    {
        await json.NextAsync(ct);
        if (json.Type == JsonTokenType.StartArray) return true;
        if (json.Type != JsonTokenType.StartObject) return false;
        while (true)
        {
            await json.NextAsync(ct);
            if (json.Type == JsonTokenType.EndObject) return false;
            await json.NextAsync(ct); // the key's value
            if (json.Type == JsonTokenType.StartArray) return true;
            await json.SkipAsync(ct);
        }
    }

    /// <summary>Reads the entry the reader is on (its start) up to its end; null when it names no one.</summary>
    private static async Task<ArchivedPerson?> ReadEntryAsync(JsonTokens json, CancellationToken ct)
    {
        string? title = null, href = null, value = null;
        long? timestamp = null;
        while (true)
        {
            await json.NextAsync(ct);
            if (json.Type == JsonTokenType.EndObject) break;
            var property = json.Text;
            await json.NextAsync(ct);
            if (property == "title") title = await json.StringOfAtMostAsync(MaxTitleBytes, "title", ct);
            else if (property == "string_list_data" && json.Type == JsonTokenType.StartArray)
                (href, value, timestamp) = await ReadFirstItemAsync(json, ct);
            else await json.SkipAsync(ct);
        }

        var username = ProfileLinks.Username(value) ?? ProfileLinks.Username(title) ?? ProfileLinks.FromHref(href);
        if (username is null) return null;
        var since = timestamp is > 0 and var seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : (DateTime?)null;
        return new ArchivedPerson(username, since);
    }

    /// <summary>The first item of `string_list_data` (the reader on its start); reads to the array's end.</summary>
    private static async Task<(string? Href, string? Value, long? Timestamp)> ReadFirstItemAsync(JsonTokens json, CancellationToken ct)
    {
        string? href = null, value = null;
        long? timestamp = null;
        var first = true;
        while (true)
        {
            await json.NextAsync(ct);
            if (json.Type == JsonTokenType.EndArray) return (href, value, timestamp);
            if (!first || json.Type != JsonTokenType.StartObject)
            {
                await json.SkipAsync(ct);
                continue;
            }
            first = false;
            while (true)
            {
                await json.NextAsync(ct);
                if (json.Type == JsonTokenType.EndObject) break;
                var property = json.Text;
                await json.NextAsync(ct);
                switch (property)
                {
                    case "href": href = await json.StringOfAtMostAsync(MaxHrefBytes, "href", ct); break;
                    case "value": value = await json.StringOfAtMostAsync(MaxValueBytes, "value", ct); break;
                    case "timestamp": timestamp = json.Number; await json.SkipAsync(ct); break;
                    default: await json.SkipAsync(ct); break;
                }
            }
        }
    }
}
