namespace InstaIntel.Api.Backups;

public sealed class BackupOptions
{
    /// <summary>Archives older than this many days are deleted after each backup; 0 keeps them all.</summary>
    public int RetentionDays { get; set; } = 14;

    /// <summary>How often the automatic backup runs; zero turns it off. One day, or whole hours dividing a day, or whole minutes or seconds dividing 60.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>When the automatic backup runs, in `Jobs:TimeZone`; intervals shorter than a day are counted from it.</summary>
    public TimeOnly At { get; set; } = new(3, 0);

    /// <summary>On PostgreSQL: the folder holding pg_dump and pg_restore; empty looks in the usual places (<see cref="PostgresTools.Find"/>).</summary>
    public string? PostgresBin { get; set; }

    /// <summary>Quartz cron for <see cref="Interval"/> from <see cref="At"/>, or null when the automatic backup is off or the interval fits no cron.</summary>
    public string? Cron => Interval switch
    {
        { Ticks: <= 0 } => null,
        var i when i == TimeSpan.FromDays(1) => $"0 {At.Minute} {At.Hour} * * ?",
        var i when Divides(i, TimeSpan.FromDays(1), TimeSpan.FromHours(1)) is { } h => $"0 {At.Minute} {At.Hour % h}/{h} * * ?",
        var i when Divides(i, TimeSpan.FromHours(1), TimeSpan.FromMinutes(1)) is { } m => $"0 {At.Minute % m}/{m} * * * ?",
        var i when Divides(i, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(1)) is { } s => $"0/{s} * * * * ?",
        _ => null,
    };

    public bool IntervalFitsCron => Interval <= TimeSpan.Zero || Cron is not null;

    /// <summary>How many <paramref name="unit"/>s <paramref name="interval"/> is, when it is whole units that divide <paramref name="whole"/>.</summary>
    private static long? Divides(TimeSpan interval, TimeSpan whole, TimeSpan unit) =>
        interval < whole && interval.Ticks % unit.Ticks == 0 && whole.Ticks % interval.Ticks == 0 ? interval.Ticks / unit.Ticks : null;
}
