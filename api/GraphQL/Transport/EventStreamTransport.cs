using System.Text;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using InstaIntel.Api.Security;
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
        var access = http.Features.Get<AccessRevocation>();
        var finished = 0;
        void End(ExecutionError? error)
        {
            if (Interlocked.Exchange(ref finished, 1) == 1) return;
            if (error is not null)
            {
                var result = new ExecutionResult { Errors = [error] };
                outbound.TryEnqueue(c => WriteAsync(response, MessageTypes.Next, serializer.Serialize(result), c));
            }
            ended.TrySetResult();
        }
        bool Revoked()
        {
            if (access?.Now() is not { } revocation) return false;
            End(new ExecutionError(revocation.Reason) { Code = revocation.ErrorCode });
            return true;
        }
        using var subscription = stream.Subscribe(
            onNext: r =>
            {
                if (Volatile.Read(ref finished) == 0 && !Revoked()) outbound.TryEnqueue(c => WriteAsync(response, MessageTypes.Next, serializer.Serialize(r), c));
            },
            onError: e => End(new ExecutionError(e.Message)),
            onCompleted: () => End(null));
        // The headers go out once the subscription listens: a client that has them misses no event after.
        await response.Body.FlushAsync(ct);

        using var stopTimers = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var keepAlive = KeepAliveAsync(outbound, response, stopTimers.Token);
        var watch = access is null ? Task.CompletedTask : WatchAccessAsync(Revoked, stopTimers.Token);
        try
        {
            // The queue's writer ends before the stream only when the reader fell behind and the stream was cut.
            await Task.WhenAny(ended.Task, outbound.Written).WaitAsync(ct);
        }
        finally
        {
            await stopTimers.CancelAsync();
            await Task.WhenAll(keepAlive, watch);
        }
        outbound.Complete();
        await outbound.Written.WaitAsync(ct);
        ct.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// A quiet stream still ends within <see cref="GraphQLLimits.AccessCheck"/> of its unlock or token ending (the
    /// check is in memory).
    /// </summary>
    private async Task WatchAccessAsync(Func<bool> revoked, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(limits.Value.AccessCheck);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
                if (revoked()) return;
        }
        catch (OperationCanceledException) { }
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
