using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.GraphQL.Transport;

public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// Picks the response type from Accept: the highest-q JSON type we serve, `application/json` for `*/*`,
    /// `application/*` or no header; null when nothing acceptable is named (406).
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var values)) return Json;

        string? best = null;
        var bestQuality = 0.0;
        foreach (var value in values)
        {
            var charset = value.Charset.Value;
            if (charset is not null && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase)) continue;
            var type = value.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "*/*" or "application/*" or "application/*+json" => Json,
                _ => null,
            };
            var quality = value.Quality ?? 1.0;
            if (type is null || quality <= 0) continue;
            // Prefer graphql-response+json when equally acceptable: it carries the clearer status codes.
            if (quality > bestQuality || (quality == bestQuality && type == GraphQLResponse && value.MediaType.Value != "*/*"))
            {
                best = type;
                bestQuality = quality;
            }
        }
        return best;
    }
}
