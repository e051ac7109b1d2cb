namespace InstaIntel.Api.Jobs;

/// <summary>Settings under `Jobs:`.</summary>
public sealed class JobOptions
{
    /// <summary>IANA or Windows time zone id for the daily schedules; empty means the machine's local zone.</summary>
    public string TimeZone { get; set; } = "";
    /// <summary>When bookmarked accounts are re-crawled each day, in <see cref="TimeZone"/>.</summary>
    public TimeOnly DailyRefreshAt { get; set; } = new(2, 0);
    /// <summary>Bookmarked accounts crawled more recently than this are skipped by the daily refresh.</summary>
    public TimeSpan RefreshSkipWithin { get; set; } = TimeSpan.FromHours(20);
    /// <summary>When the daily counts read starts, in <see cref="TimeZone"/> (it then spreads over `Counts:Window`).</summary>
    public TimeOnly DailyCountsAt { get; set; } = new(1, 0);

    public TimeZoneInfo Zone => string.IsNullOrEmpty(TimeZone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Quartz cron for "every day at <see cref="DailyRefreshAt"/>".</summary>
    public string DailyRefreshCron => $"0 {DailyRefreshAt.Minute} {DailyRefreshAt.Hour} * * ?";

    public string DailyCountsCron => $"0 {DailyCountsAt.Minute} {DailyCountsAt.Hour} * * ?";
}
