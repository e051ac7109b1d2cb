using System.Net.Http.Headers;
using ZstdSharp;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Decodes answers sent with `Content-Encoding: zstd`, which the browser's Accept-Encoding asks for and .NET's own
/// decompression does not read.
/// </summary>
public sealed class ZstdDecoding : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        if (!response.Content.Headers.ContentEncoding.Contains("zstd")) return response;
        var decoded = new StreamContent(new DecompressionStream(await response.Content.ReadAsStreamAsync(ct)));
        foreach (var header in response.Content.Headers.Where(h => h.Key is not ("Content-Encoding" or "Content-Length")))
            decoded.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = decoded;
        return response;
    }
}

/// <summary>The app marks a request it sends again after a failed attempt (`X-Tigon-Is-Retry: True`), as its HTTP stack does.</summary>
public sealed class TigonRetryMarker : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> Sent = new("instaintel.sent");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Options.TryGetValue(Sent, out var sent) && sent && request.Headers.Contains("X-Tigon-Is-Retry"))
        {
            request.Headers.Remove("X-Tigon-Is-Retry");
            request.Headers.TryAddWithoutValidation("X-Tigon-Is-Retry", "True");
        }
        request.Options.Set(Sent, true);
        return base.SendAsync(request, ct);
    }
}
