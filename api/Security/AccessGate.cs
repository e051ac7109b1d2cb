using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using InstaIntel.Api.GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;

namespace InstaIntel.Api.Security;

/// <summary>
/// Every request passes here first: a foreign browser Origin is refused (403, or a WebSocket closed with 4403);
/// then a trusted client, or one holding a valid unlock cookie, goes on with an `access` claim (see
/// <see cref="ClientAccess"/>); any other client gets the unlock page (401), a JSON 401, or a WebSocket closed with 4401.
/// An unlocked client's WebSocket or event stream stays open only while its unlock holds (<see cref="AccessRevocation"/>).
/// API tokens (`Authorization: Bearer ii_…`, or a socket's `connection_init` payload) are <see cref="Tokens.TokenGate"/>'s.
/// </summary>
public sealed class AccessGate(RequestDelegate next, OriginPolicy origins, ClientAccess clients, UnlockCookie cookies, Tokens.TokenGate tokens)
{
    public const string AccessClaim = "instaintel:access";
    private static readonly PathString[] OpenPaths = ["/healthz", UnlockEndpoints.Path, UnlockEndpoints.LockPath, Companion.PairingEndpoint.Path];

    public async Task InvokeAsync(HttpContext http)
    {
        if (!origins.Allows(http.Request) && !FromBrowserExtension(http))
        {
            var origin = http.Request.Headers.Origin.ToString();
            await RefuseAsync(http, 403, CloseCodes.Forbidden, "Forbidden: origin not allowed", "ORIGIN_NOT_ALLOWED",
                $"Requests from the origin {origin} are not accepted. Open InstaIntel at its own address, or add the origin to Security:AllowedOrigins.");
            return;
        }
        if (OpenPaths.Contains(http.Request.Path))
        {
            await next(http);
            return;
        }
        // An API token decides alone wherever it is presented, also on loopback, so a tool behaves the same everywhere.
        if (Tokens.TokenGate.BearerOf(http.Request.Headers.Authorization) is { } secret && Tokens.TokenGate.Serves(http.Request))
        {
            await tokens.HandleAsync(http, secret, next);
            return;
        }
        var access = clients.Of(http);
        if (access is null && Tokens.TokenGate.MayLogInOnSocket(http))
        {
            await tokens.HandleSocketAsync(http, next);
            return;
        }
        if (access is null)
        {
            if (!http.WebSockets.IsWebSocketRequest && HttpMethods.IsGet(http.Request.Method) && WantsHtml(http.Request))
            {
                await UnlockPage.WriteAsync(http, StatusCodes.Status401Unauthorized);
                return;
            }
            await RefuseAsync(http, 401, CloseCodes.Unauthorized, "Unauthorized: unlock InstaIntel first", "UNLOCK_REQUIRED",
                $"This client is not on a trusted network: unlock InstaIntel with its passphrase first (POST {UnlockEndpoints.Path} with {{\"passphrase\": \"…\"}}).");
            return;
        }
        http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AccessClaim, access)], "InstaIntel"));
        if (access == ClientAccess.Unlocked) AccessRevocation.Watch(http, () => cookies.IsValid(http) ? null : Revocation.UnlockEnded);
        await next(http);
    }

    /// <summary>
    /// The browser companion's background (Origin `chrome-extension://…`, `moz-extension://…`) pairing, or presenting an
    /// API token to the API: neither is a cross-site request riding on a cookie, since a page can forge neither the code
    /// nor the token. Cookie-bearing requests from such origins are still refused.
    /// </summary>
    private static bool FromBrowserExtension(HttpContext http) =>
        OriginPolicy.IsBrowserExtension(http.Request.Headers.Origin.ToString())
        && (http.Request.Path == Companion.PairingEndpoint.Path
            || Tokens.TokenGate.BearerOf(http.Request.Headers.Authorization) is not null && Tokens.TokenGate.Serves(http.Request));

    private static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private static async Task RefuseAsync(HttpContext http, int status, WebSocketCloseStatus closeStatus, string closeReason, string code, string message)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            // Accept, then close with the code: a browser never sees the status of a refused upgrade, only 1006.
            var protocol = http.WebSockets.WebSocketRequestedProtocols.FirstOrDefault();
            using var socket = await http.WebSockets.AcceptWebSocketAsync(protocol);
            await socket.CloseAsync(closeStatus, closeReason, CancellationToken.None);
            return;
        }
        await WriteErrorAsync(http, status, code, message);
    }

    /// <summary>A GraphQL-shaped error body, so GraphQL clients show the message as they would any other.</summary>
    public static async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { errors = new[] { new { message, extensions = new { code } } } }, cancellationToken: http.RequestAborted);
    }
}
