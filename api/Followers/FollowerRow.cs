using InstaIntel.Api.Accounts;

namespace InstaIntel.Api.Followers;

/// <summary>A profile as it appears in one of a target's lists: the node of every follower-list connection.</summary>
public sealed class FollowerRow
{
    public long Pk { get; init; }
    /// <summary>The same pk read from the profile row (<see cref="GraphQL.Filtering.QueryShape{T}.TieBreakerTwin"/>).</summary>
    public long ProfilePk { get; init; }
    public required string Username { get; init; }
    public string FullName { get; init; } = "";
    public string? ProfilePicUrl { get; init; }
    public bool IsVerified { get; init; }
    public bool IsPrivate { get; init; }
    public long FirstSeenCrawlId { get; init; }
    public long LastSeenCrawlId { get; init; }
    public long LostInCrawlKey { get; init; }
    public DateTime FirstSeenAt { get; init; }
    public DateTime LastSeenAt { get; init; }
    public DateTime? LostAt { get; init; }
    public DateTime? FollowedAt { get; init; }
    public LostReasons.LostReason? LostReason { get; init; }
    public DateTime? LostReasonCheckedAt { get; init; }
    public bool IsNew { get; init; }
    public bool IsLost { get; init; }

    public string ProfileUrl => Handle.ProfileUrl(Username);
}
