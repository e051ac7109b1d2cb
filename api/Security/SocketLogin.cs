using System.Net.WebSockets;
using System.Security.Claims;

namespace InstaIntel.Api.Security;

/// <summary>
/// A socket let through the gate without access may still log in with its `connection_init` payload: a browser cannot
/// put headers on a WebSocket, so graphql-ws clients send credentials there. Until it has, it may run nothing.
/// </summary>
public interface ISocketLogin
{
    /// <summary>The user the payload authenticates, or the code and reason to close the socket with.</summary>
    Task<SocketLoginResult> LogInAsync(object? payload, CancellationToken ct);
}

public sealed record SocketLoginResult(ClaimsPrincipal? User, WebSocketCloseStatus Code = default, string Reason = "");
