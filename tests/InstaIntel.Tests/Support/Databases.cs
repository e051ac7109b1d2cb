using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Support;

/// <summary>
/// The providers a test runs on: `[Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]` in a
/// class with `IClassFixture&lt;PostgresFixture&gt;`; <see cref="AppAsync"/> gives an app on SQLite (its data folder) or
/// on a fresh database of the class's PostgreSQL.
/// </summary>
public static class Databases
{
    /// <summary>
    /// The provider an app (<see cref="AppFactory"/>, <see cref="ApiProcess.StartAsync"/>) takes when its test names
    /// none: SQLite, or PostgreSQL when the run is started with `INSTAINTEL_TEST_DATABASE=PostgreSql`. On PostgreSQL every
    /// such app gets a fresh database of one server shared by the run. scripts/test runs every test on SQLite, then
    /// again on PostgreSQL only the tests marked <c>[Trait("Database", "RunDefault")]</c>: those whose app takes this
    /// default and whose checks go through its database. A test that names its providers (<see cref="Both"/>) runs them
    /// all in the first run and carries no mark.
    /// </summary>
    public static DatabaseProvider RunDefault { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("INSTAINTEL_TEST_DATABASE"), ignoreCase: true, out var provider)
            ? provider : DatabaseProvider.Sqlite;

    private static readonly Lazy<Task<PostgresServer>> RunServer = new(async () =>
    {
        var server = await PostgresServer.StartAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> DatabaseOfFolder = new();

    /// <summary>
    /// <paramref name="settings"/> with the run's default database added, unless they name a provider. An app started
    /// again on the same data folder (a restart) finds the same database.
    /// </summary>
    public static Dictionary<string, string> WithRunDefault(Dictionary<string, string> settings, string dataFolder)
    {
        if (RunDefault == DatabaseProvider.Sqlite || settings.ContainsKey("Database:Provider")) return settings;
        return new Dictionary<string, string>(settings)
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = DatabaseOfFolder.GetOrAdd(dataFolder,
                _ => RunServer.Value.GetAwaiter().GetResult().CreateDatabaseAsync().GetAwaiter().GetResult()),
        };
    }

    /// <summary>
    /// A connection to the database an app on <paramref name="dataFolder"/> took by default (<see cref="WithRunDefault"/>),
    /// for reading it beside the app, as a check.
    /// </summary>
    public static System.Data.Common.DbConnection OpenRunDefault(string dataFolder)
    {
        System.Data.Common.DbConnection connection = RunDefault == DatabaseProvider.PostgreSql
            ? new Npgsql.NpgsqlConnection(DatabaseOfFolder[dataFolder])
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabaseSetup.DatabasePath(dataFolder)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    public static TheoryData<DatabaseProvider> Both => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    /// <summary>The settings that put an app on <paramref name="provider"/>, added to <paramref name="settings"/>.</summary>
    public static async Task<Dictionary<string, string>> SettingsAsync(DatabaseProvider provider, PostgresFixture postgres, Dictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? []) { ["Database:Provider"] = provider.ToString() };
        if (provider == DatabaseProvider.PostgreSql)
        {
            all["Database:Provider"] = "PostgreSql";
            all["Database:ConnectionString"] = await (await postgres.ServerAsync()).CreateDatabaseAsync();
        }
        return all;
    }

    public static async Task<AppFactory> AppAsync(DatabaseProvider provider, PostgresFixture postgres, Dictionary<string, string>? settings = null,
        TimeProvider? clock = null)
    {
        var app = AppFactory.With(await SettingsAsync(provider, postgres, settings), clock: clock);
        var isPostgres = await app.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<InstaIntelDb>().Database.IsNpgsql()));
        Assert.True(isPostgres == (provider == DatabaseProvider.PostgreSql), $"The app is not on {provider}.");
        return app;
    }
}
