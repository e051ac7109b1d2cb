using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InstaIntel.Api.Persistence;

public static class DatabaseSetup
{
    public static string DatabasePath(string dataFolder) => Path.Combine(dataFolder, "instaintel.db");

    public static IServiceCollection AddPersistence(this IServiceCollection services, string dataFolder)
    {
        var path = DatabasePath(dataFolder);
        services.AddDbContext<InstaIntelDb>(o => o
            .UseSqlite($"Data Source={path};Pooling=True")
            .AddInterceptors(new SqlitePragmas())
            // Every statement at Information was most of the log (a crawl runs thousands); Debug still shows them.
            .ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug))));
        return services;
    }

    /// <summary>Creates or migrates the database and switches it to WAL, which is kept in the file from then on.</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InstaIntelDb>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }
}
