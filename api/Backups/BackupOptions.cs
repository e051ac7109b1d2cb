namespace InstaIntel.Api.Backups;

public sealed class BackupOptions
{
    /// <summary>Archives older than this many days are deleted after each backup; 0 keeps them all.</summary>
    public int RetentionDays { get; set; } = 14;

    /// <summary>How often the automatic backup runs; zero turns it off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
