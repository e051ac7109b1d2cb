using System.Globalization;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.Security;

/// <summary>
/// `GET /unlock` shows the unlock page; `POST /unlock` with `{"passphrase": …}` sets the unlock cookie; `POST /lock`
/// clears it and, when the caller has access, revokes every unlock cookie (every device must unlock again).
/// </summary>
public static class UnlockEndpoints
{
    public const string Path = "/unlock";
    public const string LockPath = "/lock";

    public static void MapUnlock(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http) => UnlockPage.WriteAsync(http, StatusCodes.Status200OK));
        app.MapPost(Path, UnlockAsync).RequireRateLimiting(UnlockRateLimits.Policy);
        app.MapPost(LockPath, LockAsync);
    }

    private static async Task UnlockAsync(HttpContext http, Vault vault, UnlockCookie cookies, UnlockThrottle throttle)
    {
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            await AccessGate.WriteErrorAsync(http, 415, "INVALID_CONTENT_TYPE", "Send the passphrase as JSON: {\"passphrase\": \"…\"} with Content-Type: application/json.");
            return;
        }
        var client = UnlockRateLimits.ClientKey(http);
        if (throttle.Wait(client) is { Ticks: > 0 } wait)
        {
            await TooSoonAsync(http, wait);
            return;
        }
        string? passphrase = null;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("passphrase", out var p) && p.ValueKind == JsonValueKind.String)
                passphrase = p.GetString();
        }
        catch (JsonException) { }
        if (string.IsNullOrEmpty(passphrase))
        {
            await AccessGate.WriteErrorAsync(http, 400, "PASSPHRASE_MISSING", "The body must be a JSON object with a `passphrase` string.");
            return;
        }
        if (vault.Read().PassphraseHash is not { } hash)
        {
            await AccessGate.WriteErrorAsync(http, 403, "NO_PASSPHRASE",
                "No unlock passphrase is set, so only trusted networks can use InstaIntel. Set one on the server with `scripts/generate-env --passphrase`.");
            return;
        }
        if (!PassphraseHash.Verify(passphrase, hash))
        {
            var delay = throttle.Failed(client);
            http.Response.Headers.RetryAfter = Seconds(delay);
            await AccessGate.WriteErrorAsync(http, 401, "WRONG_PASSPHRASE", $"Wrong passphrase. Try again in {Seconds(delay)} s.");
            return;
        }
        throttle.Succeeded(client);
        cookies.Issue(http);
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>Only a client with access may revoke: anyone else could sign every device out.</summary>
    private static async Task<IResult> LockAsync(HttpContext http, ClientAccess clients, UnlockCookie cookies)
    {
        if (clients.Of(http) is not null) await cookies.RevokeAllAsync(http.RequestAborted);
        UnlockCookie.Clear(http);
        return Results.NoContent();
    }

    private static Task TooSoonAsync(HttpContext http, TimeSpan wait)
    {
        http.Response.Headers.RetryAfter = Seconds(wait);
        return AccessGate.WriteErrorAsync(http, 429, "TOO_MANY_ATTEMPTS", $"Too many wrong passphrases: wait {Seconds(wait)} s before the next attempt.");
    }

    private static string Seconds(TimeSpan span) => Math.Ceiling(span.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}
