namespace InstaIntel.Tests.Support;

/// <summary>
/// A test class's PostgreSQL (`IClassFixture&lt;PostgresFixture&gt;`): started when a test first asks for it, stopped
/// with its folder when the class is done, so a class that runs only its SQLite cases starts none.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private readonly Lazy<Task<PostgresServer>> server = new(PostgresServer.StartAsync);

    public Task<PostgresServer> ServerAsync() => server.Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (server.IsValueCreated) (await server.Value).Dispose();
    }
}
