using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Quartz;

namespace InstaIntel.Api.Jobs;

/// <summary>
/// Puts the daily jobs on Quartz's calendar, as cron in the configured time zone. A run missed while the app was
/// down (its last recorded run is older than the latest scheduled time) happens once at start, however many days
/// were missed.
/// </summary>
public sealed class JobScheduling(ISchedulerFactory schedulers, IServiceScopeFactory scopes, IOptions<JobOptions> options, TimeProvider clock) : IHostedService
{
    public static readonly TriggerKey DailyRefreshTrigger = new("daily-refresh-trigger");

    public async Task StartAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        DateTime? lastRun;
        await using (var scope = scopes.CreateAsyncScope())
            lastRun = await scope.ServiceProvider.GetRequiredService<InstaIntelDb>().JobRuns
                .Where(r => r.Name == RefreshService.JobName).Select(r => (DateTime?)r.LastRunAt).SingleOrDefaultAsync(ct);

        var job = JobBuilder.Create<DailyRefreshJob>().WithIdentity(DailyRefreshJob.Key).StoreDurably().Build();
        var now = clock.GetUtcNow();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(DailyRefreshTrigger)
            .ForJob(job)
            .StartAt(now)
            .WithCronSchedule(options.Value.DailyRefreshCron, cron => cron.InTimeZone(options.Value.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
        if (Missed(options.Value, lastRun, now)) await scheduler.TriggerJob(DailyRefreshJob.Key, ct);
    }

    /// <summary>Whether a scheduled run fell between the last recorded run and now.</summary>
    public static bool Missed(JobOptions options, DateTime? lastRun, DateTimeOffset now) =>
        lastRun is { } last && NextRun(options, new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc))) is { } due && due <= now;

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The next daily refresh after <paramref name="after"/>.</summary>
    public static DateTimeOffset? NextRun(JobOptions options, DateTimeOffset after) =>
        new CronExpression(options.DailyRefreshCron, options.Zone).GetNextValidTimeAfter(after);
}
