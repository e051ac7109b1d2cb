using InstaIntel.Api.Persistence;
using Microsoft.Data.Sqlite;
using Quartz;

namespace InstaIntel.Api.Jobs;

public static class JobsSetup
{
    /// <summary>The scheduler's name, which keys its rows in the QRTZ_ tables: fixed, so a restart finds its schedule.</summary>
    public const string SchedulerName = "InstaIntel";

    /// <summary>
    /// Quartz on its ADO store in the app's own SQLite file (tables from the QuartzStore migration), or clustered in
    /// the app's PostgreSQL database, so the daily jobs fire once across every instance sharing it. Every role gets
    /// the scheduler, so the `jobs` query can read the stored triggers; only a role that runs jobs starts it. Quartz's
    /// own settings can be tuned under `Quartz:` (e.g. `Quartz:Scheduler:IdleWaitTime`).
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration, string dataFolder, bool runsJobs)
    {
        services.Configure<JobOptions>(configuration.GetSection("Jobs"));
        services.AddScoped<RefreshService>();
        services.AddSingleton<ScheduledJobs>();
        // Schedulers are registered per container in Quartz 4, so apps sharing a process (tests) do not collide on the name.
        services.AddQuartz(configuration.GetSection("Quartz"), q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = SchedulerName);
            var database = DatabaseOptions.From(configuration);
            q.UsePersistentStore(store =>
            {
                if (database.Effective == DatabaseProvider.PostgreSql)
                    // Not a migration there: Quartz creates its own QRTZ_ tables in the app's PostgreSQL database when missing.
                    store.UsePostgres(Npgsql.NpgsqlFactory.Instance, database.ConnectionString!);
                else
                    // Quartz serialises its own statements; busy waits cover the app's EF writes to the same WAL file.
                    store.UseSqlite(SqliteFactory.Instance, $"Data Source={DatabaseSetup.DatabasePath(dataFolder)};Pooling=True;Default Timeout=30");
                if (database.Effective == DatabaseProvider.PostgreSql)
                    // Several instances share PostgreSQL: as one cluster (row locks in qrtz_locks, each instance with a
                    // generated id), each trigger fires on one instance only, and an instance that stops checking in
                    // has its jobs recovered by another.
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(10);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(20);
                    });
                store.ConfigureStore(o =>
                {
                    o.SchemaProvisioning = database.Effective == DatabaseProvider.PostgreSql ? SchemaProvisioning.CreateIfMissing : SchemaProvisioning.Validate;
                    o.MisfireThreshold = TimeSpan.FromMinutes(1);
                });
            });
        });
        if (!runsJobs) return services;
        services.AddHostedService<JobScheduling>(); // before Quartz starts: the stored schedule is current when firing begins
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        return services;
    }
}
