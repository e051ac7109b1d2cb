using Quartz;

namespace InstaIntel.Api.Jobs;

/// <summary>
/// Brings the stored schedule in line with the settings at start. A stored trigger whose cron and zone still match is
/// left alone: it keeps its next fire time, so a run missed while the app was down is still due, and Quartz's misfire
/// handling (fire once now) runs it once however many days were missed.
/// </summary>
public sealed class JobScheduling(ISchedulerFactory schedulers, ScheduledJobs jobs, TimeProvider clock, ILogger<JobScheduling> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        foreach (var schedule in jobs.All)
        {
            if (!schedule.Enabled)
            {
                await scheduler.DeleteJob(schedule.JobKey, ct);
                continue;
            }
            var job = JobBuilder.Create().OfType(schedule.JobType).WithIdentity(schedule.JobKey).StoreDurably().Build();
            var stored = await scheduler.GetTrigger(schedule.TriggerKey, ct) as ICronTrigger;
            if (stored is not null && stored.CronExpressionString == schedule.Cron && stored.TimeZone.Id == schedule.Zone.Id) continue;

            var trigger = TriggerBuilder.Create(clock)
                .WithIdentity(schedule.TriggerKey)
                .ForJob(job)
                .StartAt(clock.GetUtcNow())
                .WithCronSchedule(schedule.Cron!, cron => cron.InTimeZone(schedule.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                .Build();
            await scheduler.ScheduleJob(job, [trigger], new ScheduleJobOptions { Replace = true }, ct);
            log.LogInformation("Scheduled {Job} at \"{Cron}\" in {Zone}", schedule.Name, schedule.Cron, schedule.Zone.Id);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
