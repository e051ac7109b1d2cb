namespace InstaIntel.Api.Jobs;

/// <summary>When a scheduled job last ran: what lets a missed run after downtime happen once, not once per missed day.</summary>
public sealed class JobRun
{
    public required string Name { get; set; }
    public DateTime LastRunAt { get; set; }
}
