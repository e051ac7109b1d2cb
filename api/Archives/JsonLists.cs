using System.Text.Json;
using System.Text.Json.Serialization;

namespace InstaIntel.Api.Archives;

/// <summary>
/// Reads one JSON list file. Two shapes are seen: a bare array of entries (`followers_1.json`) and an object holding the
/// array under a `relationships_…` key (`following.json` and the other lists). Each entry names one person in
/// `string_list_data[0].value`, or, in newer following files, in `title` with only `href` and `timestamp` beside it.
/// </summary>
public static class JsonLists
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new EitherShape() },
    };

    private sealed record Entry(string? Title, List<Item>? StringListData);

    private sealed record Item(string? Href, string? Value, long? Timestamp);

    /// <param name="open">Opens the file; called twice, to see its shape first.</param>
    public static async Task<List<ArchivedPerson>> ReadAsync(Func<Stream> open, string fileName, CancellationToken ct)
    {
        var people = new List<ArchivedPerson>();
        try
        {
            if (await StartsWithArrayAsync(open, ct))
            {
                // The follower files, the large ones, are bare arrays: read an entry at a time, never the whole file.
                await using var json = open();
                await foreach (var entry in JsonSerializer.DeserializeAsyncEnumerable<Entry?>(json, Options, ct))
                    Add(people, entry);
                return people;
            }
            await using var wrapped = open();
            var entries = await JsonSerializer.DeserializeAsync<List<Entry?>>(wrapped, Options, ct)
                ?? throw new ArchiveException(ArchiveProblem.Malformed, $"{fileName} holds no list of people.");
            foreach (var entry in entries) Add(people, entry);
            return people;
        }
        catch (JsonException e)
        {
            throw new ArchiveException(ArchiveProblem.Truncated, $"{fileName} is cut short or is not JSON (line {e.LineNumber + 1}).");
        }
    }

    private static void Add(List<ArchivedPerson> people, Entry? entry)
    {
        var item = entry?.StringListData?.FirstOrDefault();
        var username = ProfileLinks.Username(item?.Value) ?? ProfileLinks.Username(entry?.Title) ?? ProfileLinks.FromHref(item?.Href);
        if (username is null) return;
        var since = item?.Timestamp is > 0 and var seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : (DateTime?)null;
        people.Add(new ArchivedPerson(username, since));
    }

    private static async Task<bool> StartsWithArrayAsync(Func<Stream> open, CancellationToken ct)
    {
        await using var json = open();
        var head = new byte[64];
        var read = await json.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        foreach (var b in head.AsSpan(0, read))
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) return b == '[';
        return false;
    }

    /// <summary>The entries, whether the file is the bare array or an object holding it under its first array-valued key.</summary>
    private sealed class EitherShape : JsonConverter<List<Entry?>>
    {
        public override List<Entry?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.StartArray) return ReadArray(ref reader, options);
            if (reader.TokenType != JsonTokenType.StartObject) return null;
            List<Entry?>? entries = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
                if (entries is null && reader.TokenType == JsonTokenType.StartArray) entries = ReadArray(ref reader, options);
                else reader.Skip();
            }
            return entries;
        }

        private static List<Entry?> ReadArray(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            var entries = new List<Entry?>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                entries.Add(reader.TokenType == JsonTokenType.StartObject ? JsonSerializer.Deserialize<Entry>(ref reader, options) : Skipped(ref reader));
            return entries;
        }

        private static Entry? Skipped(ref Utf8JsonReader reader)
        {
            reader.Skip();
            return null;
        }

        public override void Write(Utf8JsonWriter writer, List<Entry?> value, JsonSerializerOptions options) => throw new NotSupportedException();
    }
}
