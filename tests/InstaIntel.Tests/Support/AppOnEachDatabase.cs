using System.Collections.Concurrent;
using InstaIntel.Api.Persistence;

namespace InstaIntel.Tests.Support;

/// <summary>
/// A class fixture for a spec every provider keeps: one app on SQLite and one on its own PostgreSQL, each started the
/// first time a test asks for it, for `[Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]`.
/// </summary>
public sealed class AppOnEachDatabase : IAsyncLifetime
{
    private readonly PostgresFixture postgres = new();
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<AppFactory>>> apps = new();

    public Task<AppFactory> OnAsync(DatabaseProvider provider) =>
        apps.GetOrAdd(provider, p => new Lazy<Task<AppFactory>>(() => Databases.AppAsync(p, postgres))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var app in apps.Values.Where(a => a.IsValueCreated)) (await app.Value).Dispose();
        await postgres.DisposeAsync();
    }
}
