using GraphQL.Types;
using InstaIntel.Api.Followers;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Insights;

/// <summary>The spokes of the follow-back chart; each equals the totalCount of the list it links to.</summary>
public sealed record FollowBack(int Fans, int NotFollowingBack, int Mutuals, int NewFollowers, int LostFollowers)
{
    /// <summary>Counts the same queries the follower connections page through, so a spoke and its list never disagree.</summary>
    public static async Task<FollowBack> ForAccountAsync(InstaIntelDb db, long accountId, CancellationToken ct)
    {
        var latestFollowers = await FollowerQueries.LatestCompleteCrawlAsync(db, accountId, FollowList.Followers, ct);
        var latestFollowing = await FollowerQueries.LatestCompleteCrawlAsync(db, accountId, FollowList.Following, ct);
        return new FollowBack(
            await FollowerQueries.View(db, accountId, FollowerView.Fans, latestFollowers, false).CountAsync(ct),
            await FollowerQueries.View(db, accountId, FollowerView.NotFollowingBack, latestFollowing, false).CountAsync(ct),
            await FollowerQueries.View(db, accountId, FollowerView.Mutuals, latestFollowers, false).CountAsync(ct),
            await FollowerQueries.View(db, accountId, FollowerView.Followers, latestFollowers, false).CountAsync(r => r.IsNew, ct),
            await FollowerQueries.View(db, accountId, FollowerView.Followers, latestFollowers, true).CountAsync(r => r.IsLost, ct));
    }
}

public sealed class FollowBackType : ObjectGraphType<FollowBack>
{
    public FollowBackType()
    {
        Name = "FollowBack";
        Description = "How a tracked account's followers and following overlap, and what its latest complete crawl changed.";
        Field(x => x.Fans).Description("Followers the account does not follow back (= `fans.totalCount`).");
        Field(x => x.NotFollowingBack).Description("Profiles the account follows that do not follow it back (= `notFollowingBack.totalCount`).");
        Field(x => x.Mutuals).Description("Followers the account follows back (= `mutuals.totalCount`).");
        Field(x => x.NewFollowers).Description("Followers first seen in the latest complete crawl (= `followers(where: {isNew: {eq: true}})`).");
        Field(x => x.LostFollowers).Description("Followers the latest complete crawl no longer saw (= `followers(where: {isLost: {eq: true}})`).");
    }
}
