namespace InstaIntel.Api.Alerts;

/// <summary>
/// What is worth a message after a crawl of one account (table `alert_rules`). The row without an account holds the
/// defaults every account without its own row follows.
/// </summary>
public sealed class AccountAlertRules
{
    public long Id { get; set; }
    /// <summary>Null: the defaults.</summary>
    public long? AccountId { get; set; }
    /// <summary>Someone stopped following the account.</summary>
    public bool Unfollows { get; set; } = true;
    /// <summary>At least this many new followers in one crawl; null: never.</summary>
    public int? NewFollowersAtLeast { get; set; } = 10;
    /// <summary>The follower count moved by at least this percentage since the last crawl; null: never.</summary>
    public double? FollowerChangePercent { get; set; } = 5;
    /// <summary>A crawl failed or ended incomplete.</summary>
    public bool CrawlProblems { get; set; } = true;

    public static AccountAlertRules Defaults() => new();
}

/// <summary>Alerts about the app rather than an account (table `alert_global_rules`, one row).</summary>
public sealed class GlobalAlertRules
{
    public const long SingleId = 1;
    public long Id { get; set; } = SingleId;
    /// <summary>An Instagram session expired, hit a checkpoint or was action-blocked.</summary>
    public bool SessionProblems { get; set; } = true;
    public bool BackupFailed { get; set; } = true;
    /// <summary>Free space on the data folder's disk fell below this many MiB; null: never.</summary>
    public int? DiskLowMiB { get; set; } = 1024;
    /// <summary>The UTC hour daily digests go out.</summary>
    public int DigestHourUtc { get; set; } = 8;
}
