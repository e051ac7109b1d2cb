using System.Net.WebSockets;
using InstaIntel.Api.GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;

namespace InstaIntel.Api.Security;

/// <summary>
/// What ends a connection's right to stay open: the code a socket is closed with, why, and the error code an event
/// stream ends with.
/// </summary>
public sealed record Revocation(WebSocketCloseStatus Code, string Reason, string ErrorCode)
{
    public static readonly Revocation UnlockEnded = new(CloseCodes.Unauthorized, "Unauthorized: the unlock expired or was revoked", "UNLOCK_REQUIRED");
}

/// <summary>
/// The WebSocket of an unlocked client (or a token's): every message, in either direction, first checks that the
/// unlock still holds (not expired, not revoked by `POST /lock`, passphrase unchanged). Once it does not, the socket
/// closes with 4401 (a token's with the code its <see cref="Revocation"/> names). The server's keep-alive pongs are
/// messages too, so an idle socket is checked every few seconds.
/// </summary>
public sealed class RevocableWebSocket(WebSocket inner, Func<Revocation?> revoked) : WebSocket
{
    /// <summary>Hands out revocable sockets in place of the plain ones.</summary>
    public sealed class Feature(IHttpWebSocketFeature inner, Func<Revocation?> revoked) : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => inner.IsWebSocketRequest;

        public async Task<WebSocket> AcceptAsync(WebSocketAcceptContext context) => new RevocableWebSocket(await inner.AcceptAsync(context), revoked);
    }

    public override WebSocketCloseStatus? CloseStatus => inner.CloseStatus;
    public override string? CloseStatusDescription => inner.CloseStatusDescription;
    public override WebSocketState State => inner.State;
    public override string? SubProtocol => inner.SubProtocol;

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        var received = await inner.ReceiveAsync(buffer, cancellationToken);
        if (received.MessageType == WebSocketMessageType.Close || revoked() is not { } revocation) return received;
        await CloseAsRevokedAsync(revocation);
        return new WebSocketReceiveResult(0, WebSocketMessageType.Close, true, revocation.Code, revocation.Reason);
    }

    public override async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var received = await inner.ReceiveAsync(buffer, cancellationToken);
        if (received.MessageType == WebSocketMessageType.Close || revoked() is not { } revocation) return received;
        await CloseAsRevokedAsync(revocation);
        return new ValueWebSocketReceiveResult(0, WebSocketMessageType.Close, true);
    }

    public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        if (revoked() is { } revocation) await CloseAsRevokedAsync(revocation);
        else await inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);
    }

    public override async ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        if (revoked() is { } revocation) await CloseAsRevokedAsync(revocation);
        else await inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);
    }

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        inner.CloseAsync(closeStatus, statusDescription, cancellationToken);

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        inner.CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override void Abort() => inner.Abort();

    public override void Dispose() => inner.Dispose();

    /// <summary>Sends the close frame without waiting for the client's: a receive may be pending on another thread.</summary>
    private async Task CloseAsRevokedAsync(Revocation revocation)
    {
        if (inner.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try { await inner.CloseOutputAsync(revocation.Code, revocation.Reason, CancellationToken.None); }
        catch (WebSocketException) { }
        catch (InvalidOperationException) { } // closed meanwhile by the other direction
    }
}
