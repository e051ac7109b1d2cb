using System.ComponentModel;

namespace InstaIntel.Api.Followers;

/// <summary>
/// What a complete crawl changed in one list: Baseline for everyone in the first complete crawl of that list (nobody
/// is new in it), New for someone who appeared (or came back) later, Lost for someone who left.
/// </summary>
public enum ChangeKind
{
    [Description("In the list's first complete crawl.")] Baseline,
    [Description("Appeared, or came back.")] New,
    [Description("Left.")] Lost,
}

/// <summary>
/// One appearance or departure, kept for good: the edge tables hold only each relation's latest state, this log
/// holds every step, so a person who left, came back and left again shows all three.
/// </summary>
public sealed class FollowChange
{
    public long Id { get; set; }
    public long TargetId { get; set; }
    public FollowList List { get; set; }
    public long ProfilePk { get; set; }
    public long CrawlId { get; set; }
    public ChangeKind Kind { get; set; }
    /// <summary>When someone marked this change as seen; null while unreviewed.</summary>
    public DateTime? ReviewedAt { get; set; }
    /// <summary>For a Lost change: why they left, once checked (<see cref="LostReasons.LostChecks"/>); null until then.</summary>
    public LostReasons.LostReason? LostReason { get; set; }
    public DateTime? LostReasonCheckedAt { get; set; }
}
