using GraphQL.DataLoader;

namespace InstaIntel.Api.GraphQL.Batching;

/// <summary>
/// Loads values by key in batches: every key asked for (<see cref="Load"/>) waits until the first of their results is
/// awaited, then all waiting keys are fetched together with one call, each key once. GraphQL.NET resolves a field that
/// returns an <see cref="IDataLoaderResult"/> after every other field of the same step, so the rows of a list page ask
/// for their keys first and one query then serves them all. A key the fetch does not return resolves to null. Nothing
/// is cached past its batch: a later step (or a subscription's next event) fetches afresh.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    private readonly Lock gate = new();
    private readonly SemaphoreSlim fetching = new(1, 1);
    private Dictionary<TKey, TaskCompletionSource<TValue?>> waiting = [];

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (gate)
        {
            if (!waiting.TryGetValue(key, out var result))
                waiting[key] = result = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
            return new Pending(this, result.Task);
        }
    }

    /// <summary>Fetches every key waiting now; one batch at a time, so a key is never fetched twice.</summary>
    private async Task FetchWaitingAsync(CancellationToken ct)
    {
        await fetching.WaitAsync(ct);
        try
        {
            Dictionary<TKey, TaskCompletionSource<TValue?>> batch;
            lock (gate)
            {
                if (waiting.Count == 0) return;
                (batch, waiting) = (waiting, []);
            }
            try
            {
                var found = await fetch([.. batch.Keys], ct);
                foreach (var (key, result) in batch) result.TrySetResult(found.GetValueOrDefault(key));
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                foreach (var result in batch.Values) result.TrySetCanceled(ct);
                throw;
            }
            catch (Exception e)
            {
                foreach (var result in batch.Values) result.TrySetException(e);
                throw;
            }
        }
        finally
        {
            fetching.Release();
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Task<TValue?> value) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            if (!value.IsCompleted) await loader.FetchWaitingAsync(cancellationToken);
            return await value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

/// <summary>A batch loader's result passed through a function once it is there (`target` is the loaded account's username).</summary>
public sealed class MappedResult<T, TResult>(IDataLoaderResult<T> source, Func<T, TResult> map) : IDataLoaderResult<TResult>
{
    public async Task<TResult> GetResultAsync(CancellationToken cancellationToken = default) => map(await source.GetResultAsync(cancellationToken));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
