using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Jobs;

public sealed record ScheduledJob(string Name, string Schedule, string TimeZone, DateTimeOffset? NextRunAt, DateTime? LastRunAt);

public sealed class ScheduledJobType : ObjectGraphType<ScheduledJob>
{
    public ScheduledJobType()
    {
        Name = "ScheduledJob";
        Description = "A job that runs on a schedule.";
        Field(x => x.Name);
        Field(x => x.Schedule).Description("Quartz cron expression, in `timeZone`.");
        Field(x => x.TimeZone);
        Field<UtcDateTimeGraphType>("nextRunAt").Resolve(c => c.Source.NextRunAt?.UtcDateTime);
        Field(x => x.LastRunAt, nullable: true);
    }
}

public sealed record RefreshPayload(IReadOnlyList<Scrape> Scrapes) : IPayload
{
    public IReadOnlyList<IUserError>? Errors => null;
}

public static class JobFields
{
    public static void RegisterQuery(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScheduledJobType>>>>("jobs")
            .Description("The scheduled jobs and when they run next.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var options = services.GetRequiredService<IOptions<JobOptions>>().Value;
                var lastRun = await c.Db().JobRuns.Where(r => r.Name == RefreshService.JobName).Select(r => (DateTime?)r.LastRunAt).SingleOrDefaultAsync(c.CancellationToken);
                return new[] { new ScheduledJob(RefreshService.JobName, options.DailyRefreshCron, options.Zone.Id,
                    JobScheduling.NextRun(options, services.GetRequiredService<TimeProvider>().GetUtcNow()), lastRun) };
            });

    public static void RegisterMutation(ObjectGraphType mutation) =>
        mutation.Field("runRefreshNow", MutationTypes.Payload<RefreshPayload>("RunRefreshNow",
                p => p.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScrapeType>>>>("scrapes").Resolve(c => c.Source.Scrapes)))
            .Description("Runs the daily refresh now: queues a crawl of each bookmarked account not crawled in the last hours.")
            .ResolveAsync(async c => new RefreshPayload(await c.RequestServices!.GetRequiredService<RefreshService>().RunAsync(c.CancellationToken)));
}
