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
    public static TheoryData<DatabaseProvider> Both => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql];

    /// <summary>The settings that put an app on <paramref name="provider"/>, added to <paramref name="settings"/>.</summary>
    public static async Task<Dictionary<string, string>> SettingsAsync(DatabaseProvider provider, PostgresFixture postgres, Dictionary<string, string>? settings = null)
    {
        var all = new Dictionary<string, string>(settings ?? []);
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
