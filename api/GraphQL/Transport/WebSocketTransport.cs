using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// graphql-transport-ws on `/graphql` (the protocol of the npm `graphql-ws` client). A socket that does not ask for
/// the subprotocol is accepted and closed with 4406, so the client reports it instead of retrying forever.
/// </summary>
public sealed class WebSocketTransport(IServiceScopeFactory scopes, IOptions<GraphQLLimits> limits, IHostApplicationLifetime lifetime, ILoggerFactory logs)
{
    public const string Protocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext http)
    {
        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(offered ? Protocol : null);
        if (!offered)
        {
            await socket.CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable", CancellationToken.None);
            return;
        }
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var connection = new WebSocketConnection(socket, scopes, limits.Value, http.User, logs.CreateLogger<WebSocketConnection>())
        {
            Login = http.Features.Get<Security.ISocketLogin>(),
            ClientAddress = Security.UnlockRateLimits.ClientKey(http),
        };
        await connection.RunAsync(stopping.Token);
    }
}
