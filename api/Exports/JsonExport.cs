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

    private static readonly JsonEncodedText[] Names = [.. ExportColumn.All.Select(c => JsonEncodedText.Encode(c.JsonName))];

    public static async Task WriteAsync(Stream body, IAsyncEnumerable<ExportRow> rows, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(body, Options);
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < Names.Length; i++)
            {
                var column = ExportColumn.All[i];
                switch (column.Value)
                {
                    case ExportValue.Flag: json.WriteBoolean(Names[i], column.Flag!(row)); break;
                    case ExportValue.Time:
                        if (column.Time!(row) is { } at) json.WriteString(Names[i], at);
                        else json.WriteNull(Names[i]);
                        break;
                    default:
                        if (column.Text!(row) is { } text) json.WriteString(Names[i], text);
                        else json.WriteNull(Names[i]);
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
