using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// One graphql-transport-ws connection: its handshake, its operations and their streams, its keep-alive. Everything
/// it sends goes through one <see cref="OutboundQueue"/>, so a subscription's events are handed over on the event
/// bus's thread without waiting on the client; a client that lets <see cref="GraphQLLimits.SendQueue"/> messages pile
/// up is closed with <see cref="CloseCodes.TooSlow"/>.
/// </summary>
public sealed class WebSocketConnection(WebSocket socket, IServiceScopeFactory scopes, GraphQLLimits limits, ClaimsPrincipal user, ILogger<WebSocketConnection> log)
{
    private ClaimsPrincipal user = user;
    private readonly ConcurrentDictionary<string, IAsyncDisposable> operations = new();
    private int initialised; // 0 none, 1 acknowledged
    private IGraphQLTextSerializer serializer = null!;
    private Tokens.PersistedOperations persisted = null!;
    private OutboundQueue outbound = null!;
    private CancellationTokenSource receiving = null!;

    /// <summary>Set for a socket that must log in with its `connection_init` payload (a token) before it may run anything.</summary>
    public Security.ISocketLogin? Login { get; init; }

    /// <summary>The client's address: whose registry an automatically persisted document goes into, unless a token's.</summary>
    public required string ClientAddress { get; init; }

    public async Task RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        persisted = scope.ServiceProvider.GetRequiredService<Tokens.PersistedOperations>();
        // Receiving stops when the server shuts down, or when the client does not answer a close in time.
        using var receivingUntil = receiving = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await using var queue = outbound = new OutboundQueue(limits.SendQueue, limits.StuckSendTimeout, async closing =>
        {
            log.LogInformation("A socket's client read too slowly: {Count} messages piled up, so it is closed with {Code}", limits.SendQueue, (int)CloseCodes.TooSlow);
            await CloseNowAsync(CloseCodes.TooSlow, "Client too slow: messages piled up unread", closing);
        });
        using var timers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _ = CloseUnlessInitialisedAsync(timers.Token);
        _ = KeepAliveAsync(timers.Token);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var text = await ReceiveAsync(receiving.Token);
                if (text is null) break;
                await HandleAsync(text, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: end every operation cleanly, then say goodbye.
            foreach (var id in operations.Keys) Send(new OperationMessage { Id = id, Type = MessageTypes.Complete });
            Close(CloseCodes.ShuttingDown, "Server shutting down");
        }
        catch (OperationCanceledException) when (receiving.IsCancellationRequested)
        {
            // Closed, and the client did not answer the close in time.
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
            outbound.Complete();
            await WrittenAsync(outbound, limits.StuckSendTimeout);
        }
    }

    /// <summary>Lets what is queued (the goodbye on shutdown) go out, for a while at most.</summary>
    private static async Task WrittenAsync(OutboundQueue queue, TimeSpan wait)
    {
        try { await queue.Written.WaitAsync(wait); }
        catch (TimeoutException) { }
    }

    private async Task HandleAsync(string text, CancellationToken ct)
    {
        OperationMessage? message;
        try { message = serializer.Deserialize<OperationMessage>(text); }
        catch (JsonException) { message = null; }
        switch (message?.Type)
        {
            case MessageTypes.ConnectionInit:
                if (Interlocked.Exchange(ref initialised, 1) == 1) { Close(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests"); return; }
                if (Login is not null)
                {
                    var login = await Login.LogInAsync(message.Payload, ct);
                    if (login.User is null) { Close(login.Code, login.Reason); return; }
                    user = login.User;
                }
                Send(new OperationMessage { Type = MessageTypes.ConnectionAck });
                return;
            case MessageTypes.Ping:
                Send(new OperationMessage { Type = MessageTypes.Pong, Payload = message.Payload });
                return;
            case MessageTypes.Pong:
                return;
            case MessageTypes.Subscribe:
                if (Volatile.Read(ref initialised) == 0) { Close(CloseCodes.Unauthorized, "Unauthorized"); return; }
                if (string.IsNullOrEmpty(message.Id)) { Close(CloseCodes.BadRequest, "Subscribe message needs an id"); return; }
                await SubscribeAsync(message, ct);
                return;
            case MessageTypes.Complete:
                if (message.Id is not null && operations.TryRemove(message.Id, out var operation)) await operation.DisposeAsync();
                return;
            default:
                Close(CloseCodes.BadRequest, message?.Type is null ? "Invalid message" : $"Unknown message type {message.Type}");
                return;
        }
    }

    private async Task SubscribeAsync(OperationMessage message, CancellationToken ct)
    {
        var id = message.Id!;
        GraphQLRequest? request;
        try { request = serializer.ReadNode<GraphQLRequest>(message.Payload); }
        catch (JsonException) { request = null; }
        if (request is not null)
        {
            try { request = persisted.Resolve(request, user, ClientAddress); }
            catch (RequestError error) { SendError(id, new ExecutionError(error.Message) { Code = error.Code }); return; }
        }
        if (request?.Query is null) { Close(CloseCodes.BadRequest, "Subscribe payload needs a query"); return; }
        if (operations.Count >= limits.MaxOperationsPerSocket)
        {
            SendError(id, new ExecutionError($"At most {limits.MaxOperationsPerSocket} operations may run on one socket.") { Code = "TOO_MANY_OPERATIONS" });
            return;
        }

        var operation = new SocketOperation(scopes.CreateAsyncScope());
        if (!operations.TryAdd(id, operation))
        {
            await operation.DisposeAsync();
            Close(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
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
            Send(new OperationMessage { Id = id, Type = MessageTypes.Error, Payload = result.Errors });
            return;
        }
        Send(new OperationMessage { Id = id, Type = MessageTypes.Next, Payload = result });
        Send(new OperationMessage { Id = id, Type = MessageTypes.Complete });
    }

    private void SendError(string id, ExecutionError error) =>
        Send(new OperationMessage { Id = id, Type = MessageTypes.Error, Payload = new ExecutionErrors { error } });

    private sealed class StreamObserver(WebSocketConnection connection, string id) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            if (connection.operations.ContainsKey(id)) connection.Send(new OperationMessage { Id = id, Type = MessageTypes.Next, Payload = value });
        }

        public void OnError(Exception error) => Finish(new OperationMessage { Id = id, Type = MessageTypes.Error, Payload = new ExecutionErrors { new ExecutionError(error.Message) } });

        public void OnCompleted() => Finish(new OperationMessage { Id = id, Type = MessageTypes.Complete });

        private void Finish(OperationMessage message)
        {
            if (!connection.operations.TryRemove(id, out var operation)) return;
            connection.Send(message);
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
                Close(CloseCodes.MessageTooBig, "Message too big");
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
        if (Volatile.Read(ref initialised) == 0) Close(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }

    /// <summary>An unprompted pong now and then keeps proxies (nginx's 60 s read timeout) from cutting idle sockets.</summary>
    private async Task KeepAliveAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(limits.KeepAlive);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) Send(new OperationMessage { Type = MessageTypes.Pong });
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Queues a message; serialising and sending happen on the connection's writer.</summary>
    private void Send(OperationMessage message) => outbound.TryEnqueue(ct => SendNowAsync(message, ct));

    /// <summary>Queues the close after whatever is queued before it; nothing is sent after it.</summary>
    private void Close(WebSocketCloseStatus status, string reason) => outbound.TryEnqueueLast(ct => CloseNowAsync(status, reason, ct));

    private async Task SendNowAsync(OperationMessage message, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(serializer.Serialize(message));
        try
        {
            if (socket.State == WebSocketState.Open)
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        catch (WebSocketException e)
        {
            log.LogDebug(e, "Send failed; the client has gone");
        }
    }

    /// <summary>
    /// Sends the close frame; the receive loop then reads the client's answer and ends the connection, or gives up
    /// waiting for it after <see cref="GraphQLLimits.StuckSendTimeout"/>.
    /// </summary>
    private async Task CloseNowAsync(WebSocketCloseStatus status, string reason, CancellationToken ct)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(status, reason, ct);
        }
        catch (WebSocketException) { }
        finally
        {
            try { receiving.CancelAfter(limits.StuckSendTimeout); }
            catch (ObjectDisposedException) { }
        }
    }
}
