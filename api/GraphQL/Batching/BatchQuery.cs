using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DataLoader;
using InstaIntel.Api.Persistence;

namespace InstaIntel.Api.GraphQL.Batching;

/// <summary>
/// One kind of batched read, declared once where its data lives (e.g. accounts by id); resolvers use it through
/// <see cref="BatchQueries.Load"/>, which gives each request its own <see cref="BatchLoader{TKey,TValue}"/>.
/// </summary>
public sealed class BatchQuery<TKey, TValue>(Func<InstaIntelDb, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
    where TValue : class
{
    internal BatchLoader<TKey, TValue> LoaderFor(InstaIntelDb db) => new((keys, ct) => fetch(db, keys, ct));
}

/// <summary>The batch loaders of one request (or one subscription), created as its fields first ask for them.</summary>
public sealed class BatchLoaders(InstaIntelDb db)
{
    private readonly ConcurrentDictionary<object, object> loaders = new();

    public BatchLoader<TKey, TValue> For<TKey, TValue>(BatchQuery<TKey, TValue> query) where TKey : notnull where TValue : class =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(query, _ => query.LoaderFor(db));
}

public static class BatchQueries
{
    /// <summary>The value for <paramref name="key"/>, loaded together with every other key the same step asks for.</summary>
    public static IDataLoaderResult<TValue?> Load<TKey, TValue>(this IResolveFieldContext context, BatchQuery<TKey, TValue> query, TKey key)
        where TKey : notnull where TValue : class =>
        context.RequestServices!.GetRequiredService<BatchLoaders>().For(query).Load(key);

    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) => new MappedResult<T, TResult>(result, map);
}
