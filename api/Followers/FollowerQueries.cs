using InstaIntel.Api.GraphQL.Filtering;
using InstaIntel.Api.Persistence;
using InstaIntel.Api.Scrapes;
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
        .Sort("firstSeenAt", r => r.FirstSeenScrapeId)
        .Sort("lostAt", r => r.LostInScrapeKey);

    /// <summary>Filters that reach lost edges; without one of them a list shows only present edges.</summary>
    public static readonly string[] LostFilters = ["isLost", "lostAt", "lostReason"];

    /// <summary>
    /// The rows of a target's view as its connection serves them: "new" and "lost" relative to the view's latest complete
    /// crawl, and lost relations only when the filter asks for them.
    /// </summary>
    public static async Task<IQueryable<FollowerRow>> ForAccountAsync(
        InstaIntelDb db, long accountId, FollowerView view, IDictionary<string, object?>? where, CancellationToken ct)
    {
        var latest = await LatestCompleteScrapeAsync(db, accountId, SourceList(view), ct);
        return View(db, accountId, view, latest, FilterTranslator.Mentions(where, LostFilters));
    }

    public static IQueryable<FollowerRow> View(InstaIntelDb db, long accountId, FollowerView view, long? latestScrapeId, bool includeLost)
    {
        var followers = db.Followers.Where(e => e.TargetId == accountId);
        var following = db.Following.Where(e => e.TargetId == accountId);
        if (!includeLost)
        {
            followers = followers.Where(e => e.LostInScrapeId == null);
            following = following.Where(e => e.LostInScrapeId == null);
        }
        var presentFollowing = db.Following.Where(g => g.TargetId == accountId && g.LostInScrapeId == null);
        var presentFollowers = db.Followers.Where(f => f.TargetId == accountId && f.LostInScrapeId == null);
        var ignored = db.IgnoredProfiles.Where(i => i.AccountId == accountId);
        var newIn = NewIn(db, accountId, SourceList(view), latestScrapeId);
        return view switch
        {
            FollowerView.Followers => Rows(db, followers, FollowList.Followers, latestScrapeId, newIn),
            FollowerView.Following => Rows(db, following, FollowList.Following, latestScrapeId, newIn),
            FollowerView.Mutuals => Rows(db, followers.Where(e => presentFollowing.Any(g => g.ProfilePk == e.ProfilePk)), FollowList.Followers, latestScrapeId, newIn),
            FollowerView.Fans => Rows(db, followers.Where(e => !presentFollowing.Any(g => g.ProfilePk == e.ProfilePk)), FollowList.Followers, latestScrapeId, newIn),
            FollowerView.NotFollowingBack => Rows(db, following.Where(e => !presentFollowers.Any(f => f.ProfilePk == e.ProfilePk)
                && !ignored.Any(i => i.ProfilePk == e.ProfilePk)), FollowList.Following, latestScrapeId, newIn),
            _ => throw new ArgumentOutOfRangeException(nameof(view)),
        };
    }

    /// <summary>
    /// The crawl whose first sightings count as new: the latest complete one, unless it is the list's first complete
    /// crawl (its baseline), in which nobody is new. A one-row subquery SQLite evaluates once.
    /// </summary>
    private static IQueryable<long> NewIn(InstaIntelDb db, long accountId, FollowList list, long? latest)
    {
        var flag = list == FollowList.Followers ? ScrapeLists.Followers : ScrapeLists.Following;
        return db.Scrapes.Where(s => s.Id == latest && db.Scrapes.Any(earlier => earlier.AccountId == accountId
            && earlier.Id < latest && earlier.Status == ScrapeStatus.Succeeded && (earlier.Lists & flag) == flag)).Select(s => s.Id);
    }

    /// <summary>The list a view's edges come from, for "new" and "lost" relative to that list's latest complete crawl.</summary>
    public static FollowList SourceList(FollowerView view) =>
        view is FollowerView.Following or FollowerView.NotFollowingBack ? FollowList.Following : FollowList.Followers;

    public static Task<long?> LatestCompleteScrapeAsync(InstaIntelDb db, long accountId, FollowList list, CancellationToken ct)
    {
        var flag = list == FollowList.Followers ? ScrapeLists.Followers : ScrapeLists.Following;
        return db.Scrapes
            .Where(s => s.AccountId == accountId && s.Status == ScrapeStatus.Succeeded && (s.Lists & flag) == flag)
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
        let loss = e.LostInScrapeId == null ? null : db.FollowChanges.FirstOrDefault(c => c.TargetId == e.TargetId && c.List == list
            && c.ProfilePk == e.ProfilePk && c.ScrapeId == e.LostInScrapeId && c.Kind == ChangeKind.Lost)
        select new FollowerRow
        {
            Pk = e.ProfilePk, // the edge key, so keyset order and seeks use the primary-key index with no sort
            ProfilePk = p.Pk,
            Username = p.Username,
            FullName = p.FullName,
            ProfilePicUrl = p.ProfilePicUrl,
            IsVerified = p.IsVerified,
            IsPrivate = p.IsPrivate,
            FirstSeenScrapeId = e.FirstSeenScrapeId,
            LastSeenScrapeId = e.LastSeenScrapeId,
            LostInScrapeKey = e.LostInScrapeId ?? 0,
            FirstSeenAt = db.Scrapes.Where(s => s.Id == e.FirstSeenScrapeId).Select(Scrape.SeenAt).First(),
            LastSeenAt = db.Scrapes.Where(s => s.Id == e.LastSeenScrapeId).Select(Scrape.SeenAt).First(),
            LostAt = db.Scrapes.Where(s => s.Id == e.LostInScrapeId).Select(s => s.FinishedAt).FirstOrDefault(),
            FollowedAt = e.FollowedAt,
            LostReason = loss!.LostReason,
            LostReasonCheckedAt = loss!.LostReasonCheckedAt,
            IsNew = newIn.Contains(e.FirstSeenScrapeId),
            IsLost = e.LostInScrapeId != null && e.LostInScrapeId == latest,
        };
}
