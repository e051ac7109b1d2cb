using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Jobs;

public sealed record ScheduledJob(string Name, string Schedule, string TimeZone, DateTimeOffset? NextRunAt, DateTime? LastRunAt);

public sealed class ScheduledJobType : ObjectGraphType<ScheduledJob>
{
    public ScheduledJobType()
    {
        Name = "ScheduledJob";
        Description = "A job that runs on a schedule.";
        Field(x => x.Name).Description("The job's name.");
        Field(x => x.Schedule).Description("Quartz cron expression, in `timeZone`.");
        Field(x => x.TimeZone).Description("The time zone its schedule is in.");
        Field<UtcDateTimeGraphType>("nextRunAt").Description("When it runs next.").Resolve(c => c.Source.NextRunAt?.UtcDateTime);
        Field(x => x.LastRunAt, nullable: true).Description("When it last ran.");
    }
}

public sealed record RefreshPayload(IReadOnlyList<Crawl> Crawls) : IPayload
{
    public IReadOnlyList<IUserError>? Errors => null;
}
