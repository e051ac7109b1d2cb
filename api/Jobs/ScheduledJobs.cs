using InstaIntel.Api.Backups;
using Microsoft.Extensions.Options;
using Quartz;

namespace InstaIntel.Api.Jobs;

/// <summary>One job Quartz runs on a cron in the configured zone; the job and its trigger share the name.</summary>
public sealed record JobSchedule(string Name, Type JobType, string? Cron, TimeZoneInfo Zone)
{
    public JobKey JobKey => new(Name);
    public TriggerKey TriggerKey => new(Name);
    public bool Enabled => Cron is not null;
}

/// <summary>The app's scheduled jobs as the settings define them.</summary>
public sealed class ScheduledJobs(IOptions<JobOptions> jobs, IOptions<BackupOptions> backups)
{
    public IReadOnlyList<JobSchedule> All =>
    [
        new(RefreshService.JobName, typeof(DailyRefreshJob), jobs.Value.DailyRefreshCron, jobs.Value.Zone),
        new(BackupJob.Name, typeof(BackupJob), backups.Value.Cron, jobs.Value.Zone),
        new(Counts.CountsReader.JobName, typeof(Counts.CountsJob), jobs.Value.DailyCountsCron, jobs.Value.Zone),
    ];
}
