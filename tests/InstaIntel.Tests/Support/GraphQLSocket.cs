using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace InstaIntel.Tests.Support;

/// <summary>The test side of graphql-transport-ws on `/graphql`: connect, send, and read what the server says.</summary>
public static class GraphQLSocket
{
    /// <summary>Opens a socket; a null protocol asks for none, and a cookie or Origin header is sent when given.</summary>
    public static async Task<ClientWebSocket> ConnectAsync(Uri baseAddress, string? protocol = "graphql-transport-ws", string? cookie = null, string? origin = null)
    {
        var socket = new ClientWebSocket();
        if (protocol is not null) socket.Options.AddSubProtocol(protocol);
        if (cookie is not null) socket.Options.SetRequestHeader("Cookie", cookie);
        if (origin is not null) socket.Options.SetRequestHeader("Origin", origin);
        await socket.ConnectAsync(new UriBuilder(baseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, CancellationToken.None);
        return socket;
    }

    /// <summary>
    /// Opens a socket with a Host header of the caller's choosing, as a browser does for a name that DNS rebinding
    /// pointed at this machine (ClientWebSocket always sends the host it connects to).
    /// </summary>
    public static async Task<WebSocket> ConnectWithHostAsync(Uri baseAddress, string host, string? origin = null)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var stream = tcp.GetStream();
        var handshake = $"GET /graphql HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                        $"Sec-WebSocket-Key: {Convert.ToBase64String(RandomNumberGenerator.GetBytes(16))}\r\nSec-WebSocket-Version: 13\r\n" +
                        $"Sec-WebSocket-Protocol: graphql-transport-ws\r\n{(origin is null ? "" : $"Origin: {origin}\r\n")}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(handshake));
        var response = new StringBuilder();
        var one = new byte[1];
        while (!response.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one) == 1) response.Append((char)one[0]);
        if (!response.ToString().StartsWith("HTTP/1.1 101", StringComparison.Ordinal)) throw new InvalidOperationException($"Upgrade refused: {response}");
        return WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = false, SubProtocol = "graphql-transport-ws" });
    }

    public static Task SendAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message other than an unprompted keep-alive pong, or null once the server has closed.</summary>
    public static async Task<JsonNode?> NextAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            var message = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count));
            if (message?["type"]?.GetValue<string>() != "pong" || message["payload"] is not null) return message;
        }
    }

    /// <summary>Reads until the server closes the socket and returns its close code.</summary>
    public static async Task<int?> ClosedWithAsync(WebSocket socket)
    {
        while (await NextAsync(socket) is not null) { }
        return (int?)socket.CloseStatus;
    }
}
