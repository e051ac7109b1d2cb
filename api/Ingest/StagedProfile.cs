using InstaIntel.Api.Followers;

namespace InstaIntel.Api.Ingest;

/// <summary>
/// A profile as a page of a running crawl listed it. Pages only append here, so committing one writes a few pages of
/// the database file instead of one per profile in every index; the crawl's end merges the rows, sorted, into
/// `profiles` and the edge tables. A profile listed twice counts once, with what the later page said.
/// </summary>
public sealed class StagedProfile
{
    public long Id { get; set; }
    public long CrawlId { get; set; }
    public FollowList List { get; set; }
    public long ProfilePk { get; set; }
    public required string Username { get; set; }
    public required string FullName { get; set; }
    public string? ProfilePicUrl { get; set; }
    public bool IsVerified { get; set; }
    public bool IsPrivate { get; set; }
}
