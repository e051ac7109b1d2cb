using System.Security.Claims;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>One graphql-transport-ws connection: its handshake, its operations and their streams, its keep-alive.</summary>
public sealed class WebSocketConnection(WebSocket socket, IServiceScopeFactory scopes, GraphQLLimits limits, ClaimsPrincipal user, ILogger<WebSocketConnection> log)
{
    private readonly ConcurrentDictionary<string, IAsyncDisposable> operations = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private int initialised; // 0 none, 1 acknowledged
    private IGraphQLTextSerializer serializer = null!;

    public async Task RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        using var timers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _ = CloseUnlessInitialisedAsync(timers.Token);
        _ = KeepAliveAsync(timers.Token);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var text = await ReceiveAsync(ct);
                if (text is null) break;
                await HandleAsync(text, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: end every operation cleanly, then say goodbye.
            foreach (var id in operations.Keys) await SendAsync(new OperationMessage { Id = id, Type = "complete" });
            await CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "Server shutting down");
        }
        catch (WebSocketException)
        {
            // The client went away.
        }
        finally
        {
            timers.Cancel();
            foreach (var operation in operations.Values) await operation.DisposeAsync();
            operations.Clear();
        }
    }

    private async Task HandleAsync(string text, CancellationToken ct)
    {
        OperationMessage? message;
        try { message = serializer.Deserialize<OperationMessage>(text); }
        catch (JsonException) { message = null; }
        switch (message?.Type)
        {
            case "connection_init":
                if (Interlocked.Exchange(ref initialised, 1) == 1) { await CloseAsync((WebSocketCloseStatus)4429, "Too many initialisation requests"); return; }
                await SendAsync(new OperationMessage { Type = "connection_ack" });
                return;
            case "ping":
                await SendAsync(new OperationMessage { Type = "pong", Payload = message.Payload });
                return;
            case "pong":
                return;
            case "subscribe":
                if (Volatile.Read(ref initialised) == 0) { await CloseAsync((WebSocketCloseStatus)4401, "Unauthorized"); return; }
                if (string.IsNullOrEmpty(message.Id)) { await CloseAsync((WebSocketCloseStatus)4400, "Subscribe message needs an id"); return; }
                await SubscribeAsync(message, ct);
                return;
            case "complete":
                if (message.Id is not null && operations.TryRemove(message.Id, out var operation)) await operation.DisposeAsync();
                return;
            default:
                await CloseAsync((WebSocketCloseStatus)4400, message?.Type is null ? "Invalid message" : $"Unknown message type {message.Type}");
                return;
        }
    }

    private async Task SubscribeAsync(OperationMessage message, CancellationToken ct)
    {
        var id = message.Id!;
        GraphQLRequest? request;
        try { request = serializer.ReadNode<GraphQLRequest>(message.Payload); }
        catch (JsonException) { request = null; }
        if (request?.Query is null) { await CloseAsync((WebSocketCloseStatus)4400, "Subscribe payload needs a query"); return; }
        if (operations.Count >= limits.MaxOperationsPerSocket)
        {
            await SendErrorAsync(id, new ExecutionError($"At most {limits.MaxOperationsPerSocket} operations may run on one socket.") { Code = "TOO_MANY_OPERATIONS" });
            return;
        }

        var operation = new SocketOperation(scopes.CreateAsyncScope());
        if (!operations.TryAdd(id, operation))
        {
            await operation.DisposeAsync();
            await CloseAsync((WebSocketCloseStatus)4409, $"Subscriber for {id} already exists");
            return;
        }

        var result = await operation.ExecuteAsync(request, user, ct);
        if (result.Streams is { Count: > 0 } streams)
        {
            operation.Subscribe(streams.Values.First(), new StreamObserver(this, id));
            return;
        }
        if (operations.TryRemove(id, out _)) await operation.DisposeAsync();
        if (!result.Executed && result.Errors is { Count: > 0 })
        {
            await SendAsync(new OperationMessage { Id = id, Type = "error", Payload = result.Errors });
            return;
        }
        await SendAsync(new OperationMessage { Id = id, Type = "next", Payload = result });
        await SendAsync(new OperationMessage { Id = id, Type = "complete" });
    }

    private Task SendErrorAsync(string id, ExecutionError error) =>
        SendAsync(new OperationMessage { Id = id, Type = "error", Payload = new ExecutionErrors { error } });

    private sealed class StreamObserver(WebSocketConnection connection, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (connection.operations.ContainsKey(id)) connection.SendAsync(new OperationMessage { Id = id, Type = "next", Payload = value }).GetAwaiter().GetResult();
        }

        public void OnError(Exception error) => Finish(new OperationMessage { Id = id, Type = "error", Payload = new ExecutionErrors { new ExecutionError(error.Message) } });

        public void OnCompleted() => Finish(new OperationMessage { Id = id, Type = "complete" });

        private void Finish(OperationMessage message)
        {
            if (!connection.operations.TryRemove(id, out var operation)) return;
            connection.SendAsync(message).GetAwaiter().GetResult();
            _ = operation.DisposeAsync().AsTask();
        }
    }

    private async Task<string?> ReceiveAsync(CancellationToken ct)
    {
        var buffer = new byte[8 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, ct);
            if (received.MessageType == WebSocketMessageType.Close) return null;
            if (message.Length + received.Count > limits.MaxWebSocketMessageBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big");
                return null;
            }
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage) return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
        }
    }

    private async Task CloseUnlessInitialisedAsync(CancellationToken ct)
    {
        try { await Task.Delay(limits.ConnectionInitTimeout, ct); }
        catch (OperationCanceledException) { return; }
        if (Volatile.Read(ref initialised) == 0) await CloseAsync((WebSocketCloseStatus)4408, "Connection initialisation timeout");
    }

    /// <summary>An unprompted pong now and then keeps proxies (nginx's 60 s read timeout) from cutting idle sockets.</summary>
    private async Task KeepAliveAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(limits.KeepAlive);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await SendAsync(new OperationMessage { Type = "pong" });
        }
        catch (OperationCanceledException) { }
    }

    private async Task SendAsync(OperationMessage message)
    {
        var bytes = Encoding.UTF8.GetBytes(serializer.Serialize(message));
        await sending.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        catch (WebSocketException e)
        {
            log.LogDebug(e, "Send failed; the client has gone");
        }
        finally { sending.Release(); }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        await sending.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseAsync(status, reason, CancellationToken.None);
        }
        catch (WebSocketException) { }
        finally { sending.Release(); }
    }
}
