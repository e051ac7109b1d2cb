using System.ComponentModel;

namespace InstaIntel.Api.Alerts;

public enum AlertKind
{
    [Description("A crawl ended: who unfollowed, new followers, a count change, or a failed or incomplete crawl.")] CrawlEnded,
    [Description("An Instagram session expired, hit a checkpoint or was action-blocked.")] SessionProblem,
    [Description("A backup failed.")] BackupFailed,
    [Description("Free space on the data folder's disk is low.")] DiskLow,
}

/// <summary>
/// The outbox (table `alert_outbox`): something that happened, written in the same transaction as the change itself
/// (a crawl's end, a session's new health), so it survives a crash and is never recorded twice. The delivery worker
/// turns it into a message (<see cref="Title"/>, <see cref="Body"/>, <see cref="Link"/>) when the rules say it is
/// worth one, shows it in the in-app list and queues one delivery per enabled channel.
/// </summary>
public sealed class AlertEvent
{
    public long Id { get; set; }
    public AlertKind Kind { get; set; }
    public long? AccountId { get; set; }
    public long? CrawlId { get; set; }
    /// <summary>What happened, in words, for events that are not crawls: the session's problem, the backup's error.</summary>
    public string? Detail { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>When the worker looked at it; null: not yet.</summary>
    public DateTime? ProcessedAt { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    public string? Link { get; set; }
    /// <summary>The rules made a message of it: it is in the in-app list.</summary>
    public bool Notified { get; set; }
    public DateTime? ReadAt { get; set; }
}
