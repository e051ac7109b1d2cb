using System.ComponentModel;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// What InstaIntel last learnt about a session. UNKNOWN until its first check; EXPIRED and CHECKPOINT wait for the
/// user to reconnect it; ACTION_BLOCKED rests until `blockedUntil`.
/// </summary>
public enum SessionHealth
{
    [Description("Not checked yet.")] Unknown,
    [Description("Works.")] Healthy,
    [Description("Logged out: import or log in again.")] Expired,
    [Description("Instagram wants the account checked in a browser.")] Checkpoint,
    [Description("Resting after an action block.")] ActionBlocked,
    [Description("Instagram refused the app version the session presents.")] AppOutdated,
}

public static class SessionHealths
{
    /// <summary>The health in words, for messages.</summary>
    public static string Describe(this SessionHealth health) => health switch
    {
        SessionHealth.Expired => "expired or logged out",
        SessionHealth.Checkpoint => "stopped at a checkpoint (Instagram wants you to confirm it is you)",
        SessionHealth.ActionBlocked => "action-blocked",
        SessionHealth.AppOutdated => "refused as an outdated app version",
        _ => health.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// The non-secret side of one connected session (table `instagram_sessions`); its cookies and device stay in the
/// vault under the same key.
/// </summary>
public sealed class SessionState
{
    public required string Key { get; set; }
    public string? Label { get; set; }
    /// <summary>The host and port of the session's own proxy, when it has one.</summary>
    public string? ProxyHost { get; set; }
    public long? UserId { get; set; }
    public string? Username { get; set; }
    public SessionHealth Status { get; set; }
    /// <summary>What is wrong, in words for the user, while the status is not healthy.</summary>
    public string? Problem { get; set; }
    public DateTime? LastCheckedAt { get; set; }
    public DateTime? BlockedUntil { get; set; }
    /// <summary>Crawls started on the session; the pool hands the next crawl to the least used.</summary>
    public long Crawls { get; set; }
    public DateTime AddedAt { get; set; }
    /// <summary>The user's own pacing for this session (Settings); null follows `Instagram:Pacing`, which also caps it.</summary>
    public int? RequestsPerMinute { get; set; }
    public int? RequestsPerHour { get; set; }
    public int? DailyCap { get; set; }

    /// <summary>The client the session came from and whether it may cross to the other's surfaces: kept in the vault, shown here.</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public SessionClient Client { get; set; }
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public bool UsesOtherSurfaces { get; set; }

    public bool Usable(DateTime now) => Status is SessionHealth.Unknown or SessionHealth.Healthy
        || Status == SessionHealth.ActionBlocked && BlockedUntil <= now;
}
