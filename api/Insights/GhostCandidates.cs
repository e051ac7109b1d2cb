using InstaIntel.Api.Followers;
using InstaIntel.Api.Persistence;

namespace InstaIntel.Api.Insights;

/// <summary>Followers that might be inactive ("ghosts"): long-standing, and seen under no other tracked account.</summary>
public static class GhostCandidates
{
    public const int DefaultMinAgeDays = 90;

    public const string Caveat =
        "A candidate has followed this account since before the cutoff and appears in no other tracked account's lists. " +
        "The crawls record only who follows whom: they cannot see likes, comments, story views or logins, so this " +
        "cannot prove an account is inactive. Track more accounts and the list gets sharper.";

    public static IQueryable<FollowerRow> Query(InstaIntelDb db, long accountId, long? latestFollowersCrawl, DateTime firstSeenBefore) =>
        FollowerQueries.View(db, accountId, FollowerView.Followers, latestFollowersCrawl, includeLost: false)
            .Where(r => r.FirstSeenAt < firstSeenBefore
                && !db.Followers.Any(o => o.ProfilePk == r.Pk && o.TargetId != accountId && o.LostInCrawlId == null)
                && !db.Following.Any(o => o.ProfilePk == r.Pk && o.TargetId != accountId && o.LostInCrawlId == null));
}
