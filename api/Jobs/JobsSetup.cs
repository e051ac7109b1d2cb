using Quartz;

namespace InstaIntel.Api.Jobs;

public static class JobsSetup
{
    public static IServiceCollection AddInstaIntelJobs(this IServiceCollection services, IConfiguration configuration, bool runsJobs)
    {
        services.Configure<JobOptions>(configuration.GetSection("Jobs"));
        services.AddScoped<RefreshService>();
        if (!runsJobs) return services;
        // Quartz keeps schedulers in a process-wide registry: a unique name lets several app instances share a process (tests).
        services.AddQuartz(new System.Collections.Specialized.NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = $"InstaIntel-{Guid.NewGuid():N}",
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
        services.AddHostedService<JobScheduling>();
        return services;
    }
}
