namespace InstaIntel.Api.Jobs;

/// <summary>When a job's work was last done, scheduled or on demand: the `jobs` query's lastRunAt for the daily refresh.</summary>
public sealed class JobRun
{
    public required string Name { get; set; }
    public DateTime LastRunAt { get; set; }
}
