namespace InstaIntel.Api.Counts;

/// <summary>Settings under `Counts:`; the daily time is `Jobs:DailyCountsAt`, in `Jobs:TimeZone`.</summary>
public sealed class CountsOptions
{
    /// <summary>The daily read is spread over this long after its start (each account at its own slot, with jitter); zero reads all at once, paced.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(2);
    /// <summary>An account read by the daily job more recently than this is not read again (a repeated or caught-up run).</summary>
    public TimeSpan SkipWithin { get; set; } = TimeSpan.FromHours(20);
}
