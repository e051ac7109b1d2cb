namespace InstaIntel.Api.Accounts;

/// <summary>A tracked target: an Instagram account whose followers and following are crawled.</summary>
public sealed class Account
{
    public long Id { get; set; }
    /// <summary>Instagram's user pk; unknown until the first profile lookup.</summary>
    public long? Pk { get; set; }
    public required string Username { get; set; }
    public string FullName { get; set; } = "";
    public string? ProfilePicUrl { get; set; }
    public bool IsVerified { get; set; }
    public bool IsPrivate { get; set; }
    public int? FollowerCount { get; set; }
    public int? FollowingCount { get; set; }
    public bool Bookmarked { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastCrawledAt { get; set; }
    /// <summary>Counts only, or counts and lists; accounts from before tracking levels existed were migrated to lists.</summary>
    public Counts.TrackingLevel TrackingLevel { get; set; } = Counts.TrackingLevel.Counts;
    public int? PostCount { get; set; }
    public string? Biography { get; set; }
    public string? ExternalUrl { get; set; }
    /// <summary>After each crawl, look up everyone who left to tell why (a request each); on unless turned off.</summary>
    public bool CheckLostReasons { get; set; } = true;
}
