namespace InstaIntel.Api.Backups;

public static class BackupSetup
{
    public static IServiceCollection AddBackups(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection("Backups"))
            .Validate(o => o.IntervalFitsCron, "Backups:Interval must be zero (off), one day, or whole hours that divide a day, or whole minutes or seconds that divide 60 (e.g. 06:00:00, 00:30:00).")
            .ValidateOnStart();
        services.AddSingleton(BackupFolder.In(dataFolder));
        services.AddSingleton<BackupService>();
        services.AddSingleton(new PendingRestore(dataFolder));
        return services;
    }
}
