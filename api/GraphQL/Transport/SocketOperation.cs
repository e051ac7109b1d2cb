using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// One operation on a socket or event stream, with its own service scope (so its own DbContext) for as long as its
/// stream lives; disposing it unsubscribes and releases the scope.
/// </summary>
public sealed class SocketOperation(AsyncServiceScope scope) : IAsyncDisposable
{
    private IDisposable? subscription;

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ClaimsPrincipal user, CancellationToken ct) =>
        scope.ServiceProvider.GetRequiredService<IDocumentExecuter<AppSchema>>()
            .ExecuteAsync(request, document: null, scope.ServiceProvider, user, ct);

    public void Subscribe(IObservable<ExecutionResult> stream, IObserver<ExecutionResult> observer) => subscription = stream.Subscribe(observer);

    public async ValueTask DisposeAsync()
    {
        subscription?.Dispose();
        await scope.DisposeAsync();
    }
}
