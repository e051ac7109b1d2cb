using System.Text;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// graphql-sse in distinct-connections mode (the npm `graphql-sse` client's default): one request, one operation,
/// its results as `next` events and a final `complete`. Validation errors travel as a `next` on a 200 stream.
/// </summary>
public sealed class EventStreamTransport(IDocumentExecuter<AppSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLLimits> limits)
{
    public static bool Wanted(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains(MediaTypes.EventStream, StringComparison.OrdinalIgnoreCase) == true);

    public async Task HandleAsync(HttpContext http, GraphQLRequest request, GraphQLDocument? document)
    {
        var response = http.Response;
        response.StatusCode = 200;
        response.ContentType = $"{MediaTypes.EventStream}; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(http.RequestAborted);

        var result = await executer.ExecuteAsync(request, document, http.RequestServices, http.User, http.RequestAborted);

        try
        {
            if (result.Streams is { Count: > 0 } streams) await StreamAsync(http, streams.Values.First());
            else await WriteAsync(response, MessageTypes.Next, serializer.Serialize(result), http.RequestAborted);
            await WriteAsync(response, MessageTypes.Complete, "", http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how it unsubscribes.
        }
    }

    /// <summary>
    /// Writes the stream's results as they come, through one <see cref="OutboundQueue"/> shared with the keep-alive.
    /// A reader too slow for its results (<see cref="GraphQLLimits.SendQueue"/> of them waiting) has its stream cut:
    /// the graphql-sse client reconnects, and a resubscribed crawl's progress starts from its state now.
    /// </summary>
    private async Task StreamAsync(HttpContext http, IObservable<ExecutionResult> stream)
    {
        var ct = http.RequestAborted;
        var response = http.Response;
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var outbound = new OutboundQueue(limits.Value.SendQueue, limits.Value.StuckSendTimeout, _ =>
        {
            http.Abort();
            return Task.CompletedTask;
        }, ct);
        using var subscription = stream.Subscribe(
            onNext: r => outbound.TryEnqueue(c => WriteAsync(response, MessageTypes.Next, serializer.Serialize(r), c)),
            onError: e =>
            {
                var error = new ExecutionResult { Errors = [new ExecutionError(e.Message)] };
                outbound.TryEnqueue(c => WriteAsync(response, MessageTypes.Next, serializer.Serialize(error), c));
                ended.TrySetResult();
            },
            onCompleted: () => ended.TrySetResult());

        using var stopKeepAlive = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var keepAlive = KeepAliveAsync(outbound, response, stopKeepAlive.Token);
        try
        {
            // The queue's writer ends before the stream only when the reader fell behind and the stream was cut.
            await Task.WhenAny(ended.Task, outbound.Written).WaitAsync(ct);
        }
        finally
        {
            await stopKeepAlive.CancelAsync();
            await keepAlive;
        }
        outbound.Complete();
        await outbound.Written.WaitAsync(ct);
        ct.ThrowIfCancellationRequested();
    }

    /// <summary>A comment line now and then keeps proxies from closing a quiet stream.</summary>
    private async Task KeepAliveAsync(OutboundQueue outbound, HttpResponse response, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(limits.Value.EventStreamKeepAlive);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                outbound.TryEnqueue(async c =>
                {
                    await response.WriteAsync(":\n\n", c);
                    await response.Body.FlushAsync(c);
                });
        }
        catch (OperationCanceledException) { }
    }

    private static async Task WriteAsync(HttpResponse response, string name, string data, CancellationToken ct)
    {
        var text = new StringBuilder().Append("event: ").Append(name).Append('\n').Append("data: ").Append(data).Append("\n\n").ToString();
        await response.WriteAsync(text, ct);
        await response.Body.FlushAsync(ct);
    }
}
