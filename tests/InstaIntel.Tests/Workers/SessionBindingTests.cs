using InstaIntel.Api.Instagram;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Workers;

/// <summary>`Workers:Sessions` binds a worker to some sessions, so each session is used from one machine only.</summary>
[Trait("Database", "RunDefault")]
public sealed class SessionBindingTests
{
    private static readonly InstagramSession Alice = new("sid-alice", Label: "alice");
    private static readonly InstagramSession Bob = new("sid-bob", Label: "bob");
    private static readonly InstagramSession Carol = new("sid-carol"); // known by the username its check found, not by a label

    private static async Task<AppFactory> WorkerAsync(params string[] sessions)
    {
        var settings = new Dictionary<string, string> { ["role"] = "api" };
        for (var i = 0; i < sessions.Length; i++) settings[$"Workers:Sessions:{i}"] = sessions[i];
        var app = AppFactory.With(settings);
        var store = app.Services.GetRequiredService<ICredentialStore>();
        foreach (var session in new[] { Alice, Bob, Carol }) await store.SaveSessionAsync(session, CancellationToken.None);
        await app.Services.GetRequiredService<SessionPool>().ConnectedAsync(Carol, "carol_ig", CancellationToken.None);
        return app;
    }

    private static async Task<List<string>> AcquireAsync(AppFactory app, int times)
    {
        var pool = app.Services.GetRequiredService<SessionPool>();
        var keys = new List<string>();
        for (var i = 0; i < times; i++) keys.Add((await pool.AcquireAsync([], CancellationToken.None)).Key);
        return keys;
    }

    [Fact]
    public async Task A_worker_is_handed_only_its_own_sessions_and_runs_one_crawl_loop_per_session()
    {
        using (var all = await WorkerAsync())
        {
            Assert.Equal(3, await all.Services.GetRequiredService<SessionPool>().CountUsableHereAsync(CancellationToken.None));
            Assert.Equal(new[] { Alice.Key, Bob.Key, Carol.Key }.Order(), (await AcquireAsync(all, 3)).Order()); // the least used first: each once
        }
        using (var alice = await WorkerAsync("@Alice"))
        {
            Assert.Equal(1, await alice.Services.GetRequiredService<SessionPool>().CountUsableHereAsync(CancellationToken.None));
            Assert.Equal([Alice.Key, Alice.Key, Alice.Key], await AcquireAsync(alice, 3));
            Assert.False(await alice.Services.GetRequiredService<SessionPool>().HasOtherThanAsync([Alice.Key], CancellationToken.None));
        }
        using (var carolAndBob = await WorkerAsync("carol_ig", "bob"))
            Assert.Equal(new[] { Bob.Key, Carol.Key }.Order(), (await AcquireAsync(carolAndBob, 2)).Order());
    }

    [Fact]
    public async Task A_worker_none_of_whose_sessions_is_connected_says_so()
    {
        using var app = await WorkerAsync("dave");
        var error = await Assert.ThrowsAsync<NoSessionException>(() => AcquireAsync(app, 1));
        Assert.Equal("None of the Instagram sessions this worker may use (Workers:Sessions: dave) is connected. " +
            "Connect one in Settings or change Workers:Sessions; the crawl continues as soon as one is.", error.Message);
    }
}
