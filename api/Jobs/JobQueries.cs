using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Backups;
using InstaIntel.Api.GraphQL;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace InstaIntel.Api.Jobs;

public sealed class JobQueries : ISchemaFeature
{
    public void AddQueries(ObjectGraphType query, NamedTypes types) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScheduledJobType>>>>("jobs")
            .Description("The scheduled jobs that are on, as the scheduler stores them, and when they run next.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(c.CancellationToken);
                var jobs = new List<ScheduledJob>();
                foreach (var schedule in services.GetRequiredService<ScheduledJobs>().All.Where(s => s.Enabled))
                {
                    // The stored trigger is the truth; before a worker has stored it (API role, first start) the settings are.
                    var trigger = await scheduler.GetTrigger(schedule.TriggerKey, c.CancellationToken) as ICronTrigger;
                    jobs.Add(new ScheduledJob(schedule.Name, trigger?.CronExpressionString ?? schedule.Cron!, trigger?.TimeZone.Id ?? schedule.Zone.Id,
                        trigger?.NextFireTimeUtc, await LastRunAsync(c, schedule)));
                }
                return jobs;
            });

    /// <summary>When the job's work was last done, by the schedule or on demand (`runRefreshNow`, `createBackup`).</summary>
    private static async Task<DateTime?> LastRunAsync(IResolveFieldContext c, JobSchedule schedule) => schedule.Name switch
    {
        RefreshService.JobName or Counts.CountsReader.JobName => await c.Db().JobRuns.Where(r => r.Name == schedule.Name).Select(r => (DateTime?)r.LastRunAt).SingleOrDefaultAsync(c.CancellationToken),
        BackupJob.Name => c.RequestServices!.GetRequiredService<BackupService>().List().FirstOrDefault()?.CreatedAt,
        _ => null,
    };

}
