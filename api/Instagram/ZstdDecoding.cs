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
