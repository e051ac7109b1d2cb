using System.Text.Encodings.Web;
using System.Text.Json;

namespace InstaIntel.Api.Exports;

/// <summary>A JSON array written as rows arrive; the serializer flushes whenever its buffer fills.</summary>
public static class JsonExport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // A download, never embedded in HTML: keep accents and emoji readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task WriteAsync(Stream body, IAsyncEnumerable<ExportRow> rows, CancellationToken ct) =>
        JsonSerializer.SerializeAsync(body, rows, Options, ct);
}
