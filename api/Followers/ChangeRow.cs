using InstaIntel.Api.Accounts;

namespace InstaIntel.Api.Followers;

/// <summary>One logged appearance or departure with the profile it concerns: the node of `Account.changes`.</summary>
public sealed class ChangeRow
{
    public long Id { get; init; }
    public FollowList List { get; init; }
    public ChangeKind Kind { get; init; }
    public long CrawlId { get; init; }
    public DateTime At { get; init; }
    public DateTime? ReviewedAt { get; init; }
    public bool Reviewed { get; init; }
    public LostReasons.LostReason? LostReason { get; init; }
    public DateTime? LostReasonCheckedAt { get; init; }
    public long Pk { get; init; }
    public required string Username { get; init; }
    public string FullName { get; init; } = "";
    public string? ProfilePicUrl { get; init; }
    public bool IsVerified { get; init; }
    public bool IsPrivate { get; init; }

    public string ProfileUrl => Handle.ProfileUrl(Username);
}
