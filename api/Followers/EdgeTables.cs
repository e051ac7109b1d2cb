namespace InstaIntel.Api.Followers;

/// <summary>
/// Where edges are stored and how readers see them. A crawl's completion writes most of its edges ahead of the
/// moment it succeeds, a chunk at a time (Ingest/ChunkedCompletion.cs), so SQLite's single writer is never held for
/// long. Those rows must stay out of sight until the crawl's status flips, and then all appear at once: so every reader
/// reads the views `followers` and `following`, which show each row of `follower_edges` and `following_edges` only as
/// crawls that have succeeded left it, and only writers name the tables.
/// <list type="bullet">
/// <item>A row first seen by a crawl that has not succeeded is hidden (written ahead, or left by a crawl that stopped).</item>
/// <item>A row seen again by such a crawl shows when it was seen before (<see cref="Edge.PreviousSeenCrawlId"/>).</item>
/// </list>
/// Losses and returns are written in the crawl's last transaction, so nothing else needs hiding.
/// </summary>
public static class EdgeTables
{
    public const string Followers = "follower_edges";
    public const string Following = "following_edges";

    public static string Of(FollowList list) => list == FollowList.Followers ? Followers : Following;

    /// <summary>The view readers use for a list.</summary>
    public static string ViewOf(FollowList list) => list == FollowList.Followers ? "followers" : "following";

    /// <summary>
    /// The two views, the same on SQLite and PostgreSQL. Both evaluate the subquery once per statement (SQLite as an
    /// ephemeral index, PostgreSQL as a hashed subplan), so a row costs one probe into the set of crawls not succeeded.
    /// The newest migration of each set that makes the views uses this text; an older one keeps a copy of the text it
    /// made them with (EdgeViews). A change here freezes the current text into the migrations that use it and adds one
    /// that replaces the views. A SQLite migration that rebuilds or renames an edge table's columns must drop the views
    /// before and create them again after (CrawlNames).
    /// </summary>
    public static readonly string CreateViewsSql = View("followers", Followers) + View("following", Following);

    /// <summary>The crawls whose writes readers do not see yet, as a subquery.</summary>
    public const string NotSucceeded = "(SELECT id FROM crawls WHERE status <> 'Succeeded')";

    /// <summary>The last sighting of an edge row as readers see it: the one before, while the last is a crawl not succeeded.</summary>
    public const string VisibleLastSeen = $"""
        CASE WHEN last_seen_crawl_id IN {NotSucceeded}
                    THEN previous_seen_crawl_id ELSE last_seen_crawl_id END
        """;

    private static string View(string view, string table) => $"""
        CREATE VIEW {view} AS
            SELECT target_id, profile_pk, first_seen_crawl_id,
                {VisibleLastSeen} AS last_seen_crawl_id,
                previous_seen_crawl_id, lost_in_crawl_id, followed_at
            FROM {table}
            WHERE first_seen_crawl_id NOT IN {NotSucceeded};

        """;
}
