namespace InstaIntel.Api.Followers;

/// <summary>
/// One relation between a target and a profile, kept across crawls: a row of the `followers` view (the profile follows
/// the target) or of `following` (the target follows the profile). Present while LostInCrawlId is null. The views show
/// the rows of <see cref="EdgeTables"/> as the crawls that have succeeded left them (see there for why).
/// </summary>
public abstract class Edge
{
    public long TargetId { get; set; }
    public long ProfilePk { get; set; }
    public long FirstSeenCrawlId { get; set; }
    public long LastSeenCrawlId { get; set; }
    /// <summary>What LastSeenCrawlId was before a completing crawl saw the relation again; shown until that crawl succeeds.</summary>
    public long? PreviousSeenCrawlId { get; set; }
    public long? LostInCrawlId { get; set; }
    /// <summary>When the relation began, as Instagram's data download tells it; crawls cannot see it.</summary>
    public DateTime? FollowedAt { get; set; }
}

public sealed class FollowerEdge : Edge;

public sealed class FollowingEdge : Edge;
