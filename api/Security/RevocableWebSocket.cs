using System.Net.WebSockets;
using InstaIntel.Api.GraphQL.Transport;
using Microsoft.AspNetCore.Http.Features;

namespace InstaIntel.Api.Security;

/// <summary>
/// The WebSocket of an unlocked client: every message, in either direction, first checks that the unlock still
/// holds (not expired, not revoked by `POST /lock`, passphrase unchanged). Once it does not, the socket closes with
/// 4401. The server's keep-alive pongs are messages too, so an idle socket is checked every few seconds.
/// </summary>
public sealed class RevocableWebSocket(WebSocket inner, Func<bool> stillUnlocked) : WebSocket
{
    private const string Reason = "Unauthorized: the unlock expired or was revoked";

    /// <summary>Hands out revocable sockets in place of the plain ones.</summary>
    public sealed class Feature(IHttpWebSocketFeature inner, Func<bool> stillUnlocked) : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => inner.IsWebSocketRequest;

        public async Task<WebSocket> AcceptAsync(WebSocketAcceptContext context) => new RevocableWebSocket(await inner.AcceptAsync(context), stillUnlocked);
    }

    public override WebSocketCloseStatus? CloseStatus => inner.CloseStatus;
    public override string? CloseStatusDescription => inner.CloseStatusDescription;
    public override WebSocketState State => inner.State;
    public override string? SubProtocol => inner.SubProtocol;

    public override async Task<WebSocketReceiveResult> ReceiveAsync(ArraySegment<byte> buffer, CancellationToken cancellationToken)
    {
        var received = await inner.ReceiveAsync(buffer, cancellationToken);
        if (received.MessageType == WebSocketMessageType.Close || stillUnlocked()) return received;
        await CloseAsRevokedAsync();
        return new WebSocketReceiveResult(0, WebSocketMessageType.Close, true, CloseCodes.Unauthorized, Reason);
    }

    public override async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var received = await inner.ReceiveAsync(buffer, cancellationToken);
        if (received.MessageType == WebSocketMessageType.Close || stillUnlocked()) return received;
        await CloseAsRevokedAsync();
        return new ValueWebSocketReceiveResult(0, WebSocketMessageType.Close, true);
    }

    public override async Task SendAsync(ArraySegment<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        if (stillUnlocked()) await inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);
        else await CloseAsRevokedAsync();
    }

    public override async ValueTask SendAsync(ReadOnlyMemory<byte> buffer, WebSocketMessageType messageType, bool endOfMessage, CancellationToken cancellationToken)
    {
        if (stillUnlocked()) await inner.SendAsync(buffer, messageType, endOfMessage, cancellationToken);
        else await CloseAsRevokedAsync();
    }

    public override Task CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        inner.CloseAsync(closeStatus, statusDescription, cancellationToken);

    public override Task CloseOutputAsync(WebSocketCloseStatus closeStatus, string? statusDescription, CancellationToken cancellationToken) =>
        inner.CloseOutputAsync(closeStatus, statusDescription, cancellationToken);

    public override void Abort() => inner.Abort();

    public override void Dispose() => inner.Dispose();

    /// <summary>Sends the close frame without waiting for the client's: a receive may be pending on another thread.</summary>
    private async Task CloseAsRevokedAsync()
    {
        if (inner.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        try { await inner.CloseOutputAsync(CloseCodes.Unauthorized, Reason, CancellationToken.None); }
        catch (WebSocketException) { }
        catch (InvalidOperationException) { } // closed meanwhile by the other direction
    }
}
