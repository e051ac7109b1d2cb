using InstaIntel.Api.GraphQL.Batching;

namespace InstaIntel.Tests.GraphQL;

public sealed class BatchLoaderTests
{
    private sealed class Names
    {
        public List<IReadOnlyList<int>> Batches { get; } = [];

        public Task<IReadOnlyDictionary<int, string>> FetchAsync(IReadOnlyList<int> keys, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            Batches.Add(keys);
            IReadOnlyDictionary<int, string> found = keys.Where(k => k > 0).ToDictionary(k => k, k => $"name {k}");
            return Task.FromResult(found);
        }
    }

    [Fact]
    public async Task Keys_asked_for_in_one_step_are_fetched_in_one_call_each_once_and_a_missing_key_is_null()
    {
        var names = new Names();
        var loader = new BatchLoader<int, string>(names.FetchAsync);
        var results = new[] { 3, 1, 3, -7, 2 }.Select(loader.Load).ToList();
        Assert.Empty(names.Batches); // nothing is fetched until a result is awaited

        var values = new List<string?>();
        foreach (var result in results) values.Add(await result.GetResultAsync());

        Assert.Equal(["name 3", "name 1", "name 3", null, "name 2"], values);
        Assert.Equal([[3, 1, -7, 2]], names.Batches);
    }

    [Fact]
    public async Task A_later_step_fetches_again_in_its_own_batch()
    {
        var names = new Names();
        var loader = new BatchLoader<int, string>(names.FetchAsync);
        Assert.Equal("name 1", await loader.Load(1).GetResultAsync());
        var second = new[] { 1, 5 }.Select(loader.Load).ToList();
        Assert.Equal("name 5", await second[1].GetResultAsync());
        Assert.Equal("name 1", await second[0].GetResultAsync());
        Assert.Equal([[1], [1, 5]], names.Batches);
    }

    [Fact]
    public async Task A_fetch_cancelled_midway_cancels_every_result_of_its_batch()
    {
        var started = new TaskCompletionSource();
        var loader = new BatchLoader<int, string>(async (_, ct) =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        var (first, second) = (loader.Load(1), loader.Load(2));
        using var cancel = new CancellationTokenSource();

        var fetching = first.GetResultAsync(cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetching);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.GetResultAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_caller_that_gives_up_before_the_fetch_leaves_the_batch_to_the_next()
    {
        var names = new Names();
        var loader = new BatchLoader<int, string>(names.FetchAsync);
        var (first, second) = (loader.Load(1), loader.Load(2));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.GetResultAsync(cancelled.Token));
        Assert.Equal("name 2", await second.GetResultAsync());
        Assert.Equal("name 1", await first.GetResultAsync());
        Assert.Equal([[1, 2]], names.Batches);
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_result_of_its_batch_with_its_error()
    {
        var loader = new BatchLoader<int, string>((_, _) => throw new InvalidOperationException("database gone"));
        var (first, second) = (loader.Load(1), loader.Load(2));
        Assert.Equal("database gone", (await Assert.ThrowsAsync<InvalidOperationException>(() => first.GetResultAsync())).Message);
        Assert.Equal("database gone", (await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync())).Message);
    }

    [Fact]
    public async Task Then_maps_the_loaded_value()
    {
        var loader = new BatchLoader<int, string>(new Names().FetchAsync);
        Assert.Equal(6, await loader.Load(4).Then(n => n?.Length).GetResultAsync());
        Assert.Null(await loader.Load(0).Then(n => n?.Length).GetResultAsync());
    }
}
