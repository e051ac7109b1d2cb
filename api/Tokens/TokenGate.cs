using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using InstaIntel.Api.GraphQL.Transport;
using InstaIntel.Api.Security;
using Microsoft.AspNetCore.Http.Features;

namespace InstaIntel.Api.Tokens;

/// <summary>
/// `Authorization: Bearer ii_…` on the API's surfaces: GraphQL over HTTP, graphql-sse, graphql-ws (in the upgrade's
/// headers, or in the `connection_init` payload), the schema, exports, imports and backup downloads. A token never
/// opens a page of the web client: there it counts as no credential at all. A wrong, expired or revoked token is
/// refused with 401 (a socket with 4401, or 4403 once revoked); a token without the scope a surface needs gets 403.
/// </summary>
public sealed class TokenGate(ApiTokens tokens, ILogger<TokenGate> log)
{
    public const string TokenAccess = "token";
    public const string TokenIdClaim = "instaintel:token";
    public const string TokenNameClaim = "instaintel:token-name";
    public const string ScopeClaim = "instaintel:scope";
    public const string ClientClaim = "instaintel:client";

    /// <summary>The secret of an `Authorization: Bearer` header, or null.</summary>
    public static string? BearerOf(string? authorization) =>
        authorization is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? value[7..].Trim() : null;

    /// <summary>Whether a request is for a surface tokens open: anything of the API, nothing of the web client.</summary>
    public static bool Serves(HttpRequest request)
    {
        var path = request.Path;
        if (path == "/graphql") return request.HttpContext.WebSockets.IsWebSocketRequest || request.Query.ContainsKey("sdl") || !GraphiQLPage.Wanted(request);
        return path == "/graphql/schema.graphql" || path == "/schema.graphql" || path.StartsWithSegments("/exports")
               || path == "/imports" || path.StartsWithSegments("/backups");
    }

    /// <summary>The scope a non-GraphQL surface needs; GraphQL decides per operation (<see cref="ScopeRule"/>).</summary>
    public static TokenScope? ScopeOf(PathString path) =>
        path.StartsWithSegments("/exports") || path == "/schema.graphql" || path == "/graphql/schema.graphql" ? TokenScope.Read
        : path == "/imports" ? TokenScope.Crawl
        : path.StartsWithSegments("/backups") ? TokenScope.Admin
        : null;

    public static bool IsToken(ClaimsPrincipal? user) => user?.FindFirst(TokenIdClaim) is not null;

    /// <summary>Lets a request with a bearer token in, or refuses it.</summary>
    public async Task HandleAsync(HttpContext http, string secret, RequestDelegate next)
    {
        var (token, problem) = await tokens.CheckAsync(secret, http.RequestAborted);
        if (problem != TokenProblem.None)
        {
            log.LogInformation("Refused an API token ({Problem}) from {Client} for {Path}", problem, Client(http), http.Request.Path);
            await RefuseAsync(http, 401, problem);
            return;
        }
        if (ScopeOf(http.Request.Path) is { } needed && !token!.ScopeSet.Contains(needed))
        {
            await AccessGate.WriteErrorAsync(http, 403, ScopeRule.Code, ScopeRule.Missing(needed, $"{http.Request.Method} {http.Request.Path}"));
            return;
        }
        await tokens.RecordUseAsync(token!, Client(http), http.RequestAborted);
        if (http.Request.Path != "/graphql")
            log.LogInformation("API token {Name} (#{Id}) from {Client}: {Method} {Path}", token!.Name, token.Id, Client(http), http.Request.Method, http.Request.Path);
        http.User = PrincipalOf(token!, Client(http));
        AccessRevocation.Watch(http, () => RevocationOf(token!.Id));
        await next(http);
    }

    /// <summary>
    /// A socket to `/graphql` from a client without access: let in, it must log in with a token in its
    /// `connection_init` payload (`{"Authorization": "Bearer ii_…"}`) or is closed with 4401.
    /// </summary>
    public async Task HandleSocketAsync(HttpContext http, RequestDelegate next)
    {
        var login = new ConnectionInitLogin(tokens, Client(http));
        http.Features.Set<ISocketLogin>(login);
        if (http.Features.Get<IHttpWebSocketFeature>() is { } webSockets)
            http.Features.Set<IHttpWebSocketFeature>(new RevocableWebSocket.Feature(webSockets, () => login.TokenId is { } id ? RevocationOf(id) : null));
        await next(http);
    }

    public static bool MayLogInOnSocket(HttpContext http) => http.WebSockets.IsWebSocketRequest && http.Request.Path == "/graphql";

    private Revocation? RevocationOf(long id) => tokens.ProblemNow(id) switch
    {
        TokenProblem.None => null,
        TokenProblem.Expired => new Revocation(CloseCodes.Unauthorized, "Unauthorized: the API token expired", Describe(TokenProblem.Expired).Code),
        _ => new Revocation(CloseCodes.Forbidden, "Forbidden: the API token was revoked", Describe(TokenProblem.Revoked).Code),
    };

    private static ClaimsPrincipal PrincipalOf(ApiToken token, string client) =>
        new(new ClaimsIdentity(
            [
                new Claim(AccessGate.AccessClaim, TokenAccess), new Claim(TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(TokenNameClaim, token.Name), new Claim(ClientClaim, client),
                .. token.ScopeSet.Select(s => new Claim(ScopeClaim, s.Name())),
            ], "InstaIntel token"));

    private static string Client(HttpContext http) => UnlockRateLimits.ClientKey(http);

    private static Task RefuseAsync(HttpContext http, int status, TokenProblem problem)
    {
        var (code, message) = Describe(problem);
        if (!http.WebSockets.IsWebSocketRequest) return AccessGate.WriteErrorAsync(http, status, code, message);
        return CloseAsync(http, CloseCodes.Unauthorized, message);
    }

    private static async Task CloseAsync(HttpContext http, WebSocketCloseStatus status, string reason)
    {
        var protocol = http.WebSockets.WebSocketRequestedProtocols.FirstOrDefault();
        using var socket = await http.WebSockets.AcceptWebSocketAsync(protocol);
        await socket.CloseAsync(status, reason[..Math.Min(reason.Length, 120)], CancellationToken.None);
    }

    public static (string Code, string Message) Describe(TokenProblem problem) => problem switch
    {
        TokenProblem.Expired => ("TOKEN_EXPIRED", "The API token has expired: create a new one in Settings → API tokens."),
        TokenProblem.Revoked => ("TOKEN_REVOKED", "The API token was revoked: create a new one in Settings → API tokens."),
        _ => ("TOKEN_INVALID", "The API token is not known: check that it was copied whole (it starts with ii_)."),
    };

    /// <summary>The login of one socket by the token in its `connection_init` payload.</summary>
    private sealed class ConnectionInitLogin(ApiTokens tokens, string client) : ISocketLogin
    {
        public long? TokenId { get; private set; }

        public async Task<SocketLoginResult> LogInAsync(object? payload, CancellationToken ct)
        {
            if (SecretIn(payload) is not { } secret)
                return new SocketLoginResult(null, CloseCodes.Unauthorized,
                    "Unauthorized: unlock InstaIntel, or send {\"Authorization\": \"Bearer ii_…\"} as the connection_init payload");
            var (token, problem) = await tokens.CheckAsync(secret, ct);
            if (problem != TokenProblem.None) return new SocketLoginResult(null, CloseCodes.Unauthorized, "Unauthorized: " + Describe(problem).Message);
            await tokens.RecordUseAsync(token!, client, ct);
            TokenId = token!.Id;
            return new SocketLoginResult(PrincipalOf(token, client));
        }

        /// <summary>`Authorization: Bearer …` (any letter case), or a bare `token`, from the payload object.</summary>
        private static string? SecretIn(object? payload)
        {
            if (payload is not JsonElement { ValueKind: JsonValueKind.Object } element) return null;
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String) continue;
                if (property.Name.Equals("authorization", StringComparison.OrdinalIgnoreCase)) return BearerOf(property.Value.GetString());
                if (property.Name.Equals("token", StringComparison.OrdinalIgnoreCase)) return property.Value.GetString();
            }
            return null;
        }
    }
}
