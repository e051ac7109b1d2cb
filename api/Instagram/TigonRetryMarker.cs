namespace InstaIntel.Api.Instagram;

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
