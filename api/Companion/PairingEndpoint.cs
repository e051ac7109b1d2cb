using System.Globalization;
using System.Text.Json;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Security;
using InstaIntel.Api.Tokens;

namespace InstaIntel.Api.Companion;

/// <summary>
/// `POST /companion/pair` with `{"code": "K7QF-M2XD", "name": "Chrome 142 on Linux"}`: the browser companion trades a
/// pairing code from Settings for an API token of its own. The code is the credential: no cookie, no token.
/// </summary>
public static class PairingEndpoint
{
    public const string Path = "/companion/pair";
    private const int MaxBrowserName = 60;

    public static void MapCompanion(this IEndpointRouteBuilder app) => app.MapPost(Path, PairAsync);

    private static async Task<IResult> PairAsync(HttpContext http, CompanionPairings pairings, PairingThrottle throttle)
    {
        var client = UnlockRateLimits.ClientKey(http);
        if (throttle.Wait(client) is { Ticks: > 0 } wait)
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Refuse(StatusCodes.Status429TooManyRequests, "PAIRING_TOO_MANY_ATTEMPTS",
                $"Too many wrong pairing codes from this browser: wait {Math.Ceiling(wait.TotalMinutes)} min before the next attempt.");
        }
        if (await ReadAsync(http) is not { } request)
            return Refuse(StatusCodes.Status400BadRequest, "PAIRING_INVALID_REQUEST",
                $"Send JSON: {{\"code\": \"XXXX-XXXX\", \"name\": \"<this browser, up to {MaxBrowserName} characters>\"}}.");
        var (code, browser) = request;

        var (problem, token, secret) = await pairings.RedeemAsync(code, browser, http.RequestAborted);
        if (problem != PairingProblem.None)
        {
            throttle.Failed(client);
            return problem switch
            {
                PairingProblem.Expired => Refuse(400, "PAIRING_CODE_EXPIRED", "This pairing code has expired: press \"Pair a browser\" in Settings → Browser companion for a new one."),
                PairingProblem.Used => Refuse(400, "PAIRING_CODE_USED", "This pairing code was used already: press \"Pair a browser\" in Settings → Browser companion for a new one."),
                _ => Refuse(400, "PAIRING_CODE_UNKNOWN", "No such pairing code: check it against Settings → Browser companion."),
            };
        }
        throttle.Succeeded(client);
        return Results.Json(new { token = secret, tokenId = GlobalId.Encode(ApiTokenType.TypeName, token!.Id), name = token.Name });
    }

    private static async Task<(string Code, string Browser)?> ReadAsync(HttpContext http)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            var root = body.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String) return null;
            var browser = root.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()!.Trim() : "";
            if (browser.Length > MaxBrowserName || browser.Any(char.IsControl)) return null;
            return (code.GetString()!, browser.Length == 0 ? "a browser" : browser);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Refuse(int status, string code, string message) => Results.Json(new { code, message }, statusCode: status);
}
