using InstaIntel.Api.Persistence;

namespace InstaIntel.Tests.Support;

/// <summary>
/// A class fixture: one app on its own PostgreSQL for a whole test class, for classes that share one app
/// (`IClassFixture&lt;AppFactory&gt;`) and run again on PostgreSQL as a subclass.
/// </summary>
public sealed class PostgresApp : IAsyncLifetime
{
    private readonly PostgresFixture postgres = new();

    public AppFactory App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await Databases.AppAsync(DatabaseProvider.PostgreSql, postgres);

    public async Task DisposeAsync()
    {
        App?.Dispose();
        await postgres.DisposeAsync();
    }
}
