using System.Text;
using System.Threading.Channels;
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
            else await WriteAsync(response, "next", serializer.Serialize(result), http.RequestAborted);
            await WriteAsync(response, "complete", "", http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: that is how it unsubscribes.
        }
    }

    private async Task StreamAsync(HttpContext http, IObservable<ExecutionResult> stream)
    {
        var ct = http.RequestAborted;
        var events = Channel.CreateUnbounded<ExecutionResult>();
        using var subscription = stream.Subscribe(
            onNext: r => events.Writer.TryWrite(r),
            onError: e =>
            {
                events.Writer.TryWrite(new ExecutionResult { Errors = [new ExecutionError(e.Message)] });
                events.Writer.TryComplete();
            },
            onCompleted: () => events.Writer.TryComplete());

        using var writing = new SemaphoreSlim(1, 1);
        using var stopKeepAlive = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var keepAlive = KeepAliveAsync(http.Response, writing, stopKeepAlive.Token);
        try
        {
            await foreach (var result in events.Reader.ReadAllAsync(ct))
            {
                await writing.WaitAsync(ct);
                try { await WriteAsync(http.Response, "next", serializer.Serialize(result), ct); }
                finally { writing.Release(); }
            }
        }
        finally
        {
            await stopKeepAlive.CancelAsync();
            await keepAlive;
        }
    }

    /// <summary>A comment line now and then keeps proxies from closing a quiet stream.</summary>
    private async Task KeepAliveAsync(HttpResponse response, SemaphoreSlim writing, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(limits.Value.EventStreamKeepAlive);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await writing.WaitAsync(ct);
                try
                {
                    await response.WriteAsync(":\n\n", ct);
                    await response.Body.FlushAsync(ct);
                }
                finally { writing.Release(); }
            }
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
