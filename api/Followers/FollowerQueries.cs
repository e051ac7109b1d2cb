using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL.Filtering;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Followers;

/// <summary>The follower views as SQL: mutuals, fans and not-following-back are semi-joins over the edge primary keys.</summary>
public static class FollowerQueries
{
    public static readonly QueryShape<FollowerRow> Shape = new QueryShape<FollowerRow>("Follower", r => r.Pk) { TieBreakerTwin = r => r.ProfilePk }
        .Filter("pk", FilterKind.Long, r => r.Pk)
        .Filter("username", FilterKind.String, r => r.Username)
        .Filter("fullName", FilterKind.String, r => r.FullName)
        .Filter("isPrivate", FilterKind.Boolean, r => r.IsPrivate)
        .Filter("isVerified", FilterKind.Boolean, r => r.IsVerified)
        .Filter("isNew", FilterKind.Boolean, r => r.IsNew)
        .Filter("isLost", FilterKind.Boolean, r => r.IsLost)
        .Filter("firstSeenAt", FilterKind.DateTime, r => r.FirstSeenAt)
        .Filter("lastSeenAt", FilterKind.DateTime, r => r.LastSeenAt)
        .Filter("lostAt", FilterKind.DateTime, r => r.LostAt)
        .Filter("lostReason", FilterKind.Enum, r => r.LostReason)
        .Sort("pk", r => r.Pk)
        .Sort("username", r => r.Username)
        .Sort("fullName", r => r.FullName)
        .Sort("firstSeenAt", r => r.FirstSeenCrawlId)
        .Sort("lostAt", r => r.LostInCrawlKey);

    /// <summary>Filters that reach lost edges; without one of them a list shows only present edges.</summary>
    public static readonly string[] LostFilters = ["isLost", "lostAt", "lostReason"];

    /// <summary>
    /// The rows of a target's view as its connection serves them: "new" and "lost" relative to the view's latest complete
    /// crawl, and lost relations only when the filter asks for them.
    /// </summary>
    public static async Task<IQueryable<FollowerRow>> ForAccountAsync(
        InstaIntelDb db, long accountId, FollowerView view, IDictionary<string, object?>? where, CancellationToken ct)
    {
        var latest = await LatestCompleteCrawlAsync(db, accountId, SourceList(view), ct);
        return View(db, accountId, view, latest, FilterTranslator.Mentions(where, LostFilters));
    }

    public static IQueryable<FollowerRow> View(InstaIntelDb db, long accountId, FollowerView view, long? latestCrawlId, bool includeLost)
    {
        var followers = db.Followers.Where(e => e.TargetId == accountId);
        var following = db.Following.Where(e => e.TargetId == accountId);
        if (!includeLost)
        {
            followers = followers.Where(e => e.LostInCrawlId == null);
            following = following.Where(e => e.LostInCrawlId == null);
        }
        var presentFollowing = db.Following.Where(g => g.TargetId == accountId && g.LostInCrawlId == null);
        var presentFollowers = db.Followers.Where(f => f.TargetId == accountId && f.LostInCrawlId == null);
        var ignored = db.IgnoredProfiles.Where(i => i.AccountId == accountId);
        var newIn = NewIn(db, accountId, SourceList(view), latestCrawlId);
        return view switch
        {
            FollowerView.Followers => Rows(db, followers, FollowList.Followers, latestCrawlId, newIn),
            FollowerView.Following => Rows(db, following, FollowList.Following, latestCrawlId, newIn),
            FollowerView.Mutuals => Rows(db, followers.Where(e => presentFollowing.Any(g => g.ProfilePk == e.ProfilePk)), FollowList.Followers, latestCrawlId, newIn),
            FollowerView.Fans => Rows(db, followers.Where(e => !presentFollowing.Any(g => g.ProfilePk == e.ProfilePk)), FollowList.Followers, latestCrawlId, newIn),
            FollowerView.NotFollowingBack => Rows(db, following.Where(e => !presentFollowers.Any(f => f.ProfilePk == e.ProfilePk)
                && !ignored.Any(i => i.ProfilePk == e.ProfilePk)), FollowList.Following, latestCrawlId, newIn),
            _ => throw new ArgumentOutOfRangeException(nameof(view)),
        };
    }

    /// <summary>
    /// The crawl whose first sightings count as new: the latest complete one, unless it is the list's first complete
    /// crawl (its baseline), in which nobody is new. A one-row subquery SQLite evaluates once.
    /// </summary>
    private static IQueryable<long> NewIn(InstaIntelDb db, long accountId, FollowList list, long? latest)
    {
        var flag = list == FollowList.Followers ? CrawlLists.Followers : CrawlLists.Following;
        return db.Crawls.Where(s => s.Id == latest && db.Crawls.Any(earlier => earlier.AccountId == accountId
            && earlier.Id < latest && earlier.Status == CrawlStatus.Succeeded && (earlier.Lists & flag) == flag)).Select(s => s.Id);
    }

    /// <summary>The list a view's edges come from, for "new" and "lost" relative to that list's latest complete crawl.</summary>
    public static FollowList SourceList(FollowerView view) =>
        view is FollowerView.Following or FollowerView.NotFollowingBack ? FollowList.Following : FollowList.Followers;

    public static Task<long?> LatestCompleteCrawlAsync(InstaIntelDb db, long accountId, FollowList list, CancellationToken ct)
    {
        var flag = list == FollowList.Followers ? CrawlLists.Followers : CrawlLists.Following;
        return db.Crawls
            .Where(s => s.AccountId == accountId && s.Status == CrawlStatus.Succeeded && (s.Lists & flag) == flag)
            .OrderByDescending(s => s.Id)
            .Select(s => (long?)s.Id)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// The crawl times are subqueries rather than joins, so a projection that leaves them out (an export reads crawl
    /// ids and the times from the account's few crawls) leaves their lookups out of the SQL too.
    /// </summary>
    private static IQueryable<FollowerRow> Rows<TEdge>(InstaIntelDb db, IQueryable<TEdge> edges, FollowList list, long? latest, IQueryable<long> newIn) where TEdge : Edge =>
        from e in edges
        join p in db.Profiles on e.ProfilePk equals p.Pk
        // Looked up for lost relations only: an export of a million present ones probes the change log for none of them.
        let loss = e.LostInCrawlId == null ? null : db.FollowChanges.FirstOrDefault(c => c.TargetId == e.TargetId && c.List == list
            && c.ProfilePk == e.ProfilePk && c.CrawlId == e.LostInCrawlId && c.Kind == ChangeKind.Lost)
        select new FollowerRow
        {
            Pk = e.ProfilePk, // the edge key, so keyset order and seeks use the primary-key index with no sort
            ProfilePk = p.Pk,
            Username = p.Username,
            FullName = p.FullName,
            ProfilePicUrl = p.ProfilePicUrl,
            IsVerified = p.IsVerified,
            IsPrivate = p.IsPrivate,
            FirstSeenCrawlId = e.FirstSeenCrawlId,
            LastSeenCrawlId = e.LastSeenCrawlId,
            LostInCrawlKey = e.LostInCrawlId ?? 0,
            FirstSeenAt = db.Crawls.Where(s => s.Id == e.FirstSeenCrawlId).Select(Crawl.SeenAt).First(),
            LastSeenAt = db.Crawls.Where(s => s.Id == e.LastSeenCrawlId).Select(Crawl.SeenAt).First(),
            LostAt = db.Crawls.Where(s => s.Id == e.LostInCrawlId).Select(s => s.FinishedAt).FirstOrDefault(),
            FollowedAt = e.FollowedAt,
            LostReason = loss!.LostReason,
            LostReasonCheckedAt = loss!.LostReasonCheckedAt,
            IsNew = newIn.Contains(e.FirstSeenCrawlId),
            IsLost = e.LostInCrawlId != null && e.LostInCrawlId == latest,
        };
}
