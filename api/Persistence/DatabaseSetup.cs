using InstaIntel.Api.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InstaIntel.Api.Persistence;

public static class DatabaseSetup
{
    public static string DatabasePath(string dataFolder) => Path.Combine(dataFolder, "instaintel.db");

    /// <summary>SQLite in the data folder, whatever the settings say (the bench's own service collections).</summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, string dataFolder) =>
        services.AddPersistence(new ConfigurationBuilder().Build(), dataFolder);

    /// <summary>
    /// The database of `Database:Provider`: SQLite in the data folder (the default), or PostgreSQL at
    /// `Database:ConnectionString`, through <see cref="PostgresInstaIntelDb"/> and its own migrations. Either way the
    /// app asks for <see cref="InstaIntelDb"/>.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = DatabaseOptions.From(configuration);
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<DatabaseOptions>, DatabaseSettingsCheck>();
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection("Database")).ValidateOnStart();
        // Every statement at Information was most of the log (a crawl runs thousands); Debug still shows them.
        static void Quiet(DbContextOptionsBuilder o) => o.ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));

        if (options.Effective == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<InstaIntelDb, PostgresInstaIntelDb>(o =>
            {
                o.UseNpgsql(options.ConnectionString);
                Quiet(o);
            });
            return services;
        }
        var path = DatabasePath(dataFolder);
        services.AddDbContext<InstaIntelDb>(o =>
        {
            o.UseSqlite($"Data Source={path};Pooling=True").AddInterceptors(new SqlitePragmas());
            Quiet(o);
            // SQLite rebuilds a table to change it, outside a transaction: expected on every first start, not a warning.
            o.ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug)));
        });
        return services;
    }

    /// <summary>
    /// Creates or migrates the database with its provider's migrations. SQLite is switched to WAL, which is kept in the
    /// file from then on; PostgreSQL needs no such setting. The SQLite file and its -wal and -shm are the owner's only.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        if (db.Database.IsSqlite() && db.Database.GetDbConnection().DataSource is { Length: > 0 } file && file != ":memory:")
        {
            OwnerOnlyFile.Prepare(file);
            OwnerOnlyFile.Restrict(file + "-wal");
            OwnerOnlyFile.Restrict(file + "-shm");
        }
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
