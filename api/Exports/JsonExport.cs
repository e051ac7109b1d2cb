using System.Text.Encodings.Web;
using System.Text.Json;

namespace InstaIntel.Api.Exports;

/// <summary>A JSON array of objects, one property per <see cref="ExportColumn"/>, written as rows arrive and flushed whenever the buffer fills.</summary>
public static class JsonExport
{
    private const int FlushAt = 16 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        // A download, never embedded in HTML: keep accents and emoji readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static async Task WriteAsync<TRow>(Stream body, IAsyncEnumerable<TRow> rows, IReadOnlyList<ExportColumn<TRow>> columns, CancellationToken ct)
    {
        JsonEncodedText[] names = [.. columns.Select(c => JsonEncodedText.Encode(c.JsonName))];
        await using var json = new Utf8JsonWriter(body, Options);
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                var column = columns[i];
                switch (column.Value)
                {
                    case ExportValue.Number:
                        if (column.Number!(row) is { } n) json.WriteNumber(names[i], n);
                        else json.WriteNull(names[i]);
                        break;
                    case ExportValue.Flag: json.WriteBoolean(names[i], column.Flag!(row)); break;
                    case ExportValue.Time:
                        if (column.Time!(row) is { } at) json.WriteString(names[i], at);
                        else json.WriteNull(names[i]);
                        break;
                    default:
                        if (column.Text!(row) is { } text) json.WriteString(names[i], text);
                        else json.WriteNull(names[i]);
                        break;
                }
            }
            json.WriteEndObject();
            if (json.BytesPending >= FlushAt) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }
}
