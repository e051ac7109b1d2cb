using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// With `Instagram:RecordFolder` set, saves every raw Instagram answer (one JSON file per response: method, path,
/// status, body) so a parse failure a user meets can be replayed by the simulator and become a test. Cookies,
/// tokens and the viewer's rank token are never written.
/// </summary>
public sealed class ResponseRecorder(IOptions<InstagramOptions> options) : DelegatingHandler
{
    private static readonly string[] SecretParameters = ["rank_token"];
    private long sequence;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        if (options.Value.RecordFolder is not { Length: > 0 } folder || request.RequestUri is null) return response;

        await response.Content.LoadIntoBufferAsync(ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        JsonNode? json;
        try { json = JsonNode.Parse(body); }
        catch (JsonException) { json = body; }

        var record = new JsonObject
        {
            ["method"] = request.Method.Method,
            ["path"] = Redact(request.RequestUri),
            ["status"] = (int)response.StatusCode,
            ["body"] = json,
        };
        Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Interlocked.Increment(ref sequence):D6}.json";
        await File.WriteAllTextAsync(Path.Combine(folder, name), record.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), ct);
        return response;
    }

    /// <summary>The path and query without secret parameters: what replay matches on.</summary>
    public static string Redact(Uri uri)
    {
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !SecretParameters.Contains(p.Split('=')[0]));
        var rest = string.Join('&', query);
        return uri.AbsolutePath + (rest.Length > 0 ? "?" + rest : "");
    }
}
