namespace InstaIntel.Api.Followers;

/// <summary>
/// One relation between a target and a profile, kept across crawls: a row in `followers` (the profile follows the target)
/// or in `following` (the target follows the profile). Present while LostInScrapeId is null.
/// </summary>
public abstract class Edge
{
    public long TargetId { get; set; }
    public long ProfilePk { get; set; }
    public long FirstSeenScrapeId { get; set; }
    public long LastSeenScrapeId { get; set; }
    public long? LostInScrapeId { get; set; }
    /// <summary>When the relation began, as Instagram's data download tells it; crawls cannot see it.</summary>
    public DateTime? FollowedAt { get; set; }
}

public sealed class FollowerEdge : Edge;

public sealed class FollowingEdge : Edge;
