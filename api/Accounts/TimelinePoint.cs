using System.Linq.Expressions;
using GraphQL.Types;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Accounts;

/// <summary>Counts after one complete crawl.</summary>
public sealed record TimelinePoint(long CrawlId, DateTime At, int? FollowerCount, int? FollowingCount,
    int? NewFollowers, int? LostFollowers, int? NewFollowing, int? LostFollowing)
{
    public static readonly Expression<Func<Crawl, TimelinePoint>> FromCrawl = s => new TimelinePoint(s.Id, s.FinishedAt ?? s.CreatedAt,
        s.FollowersTotal, s.FollowingTotal, s.FollowersNew, s.FollowersLost, s.FollowingNew, s.FollowingLost);
}

public sealed class TimelinePointType : ObjectGraphType<TimelinePoint>
{
    public TimelinePointType()
    {
        Name = "TimelinePoint";
        Description = "A tracked account's counts after one complete crawl; a list a crawl did not fetch is null.";
        Field<NonNullGraphType<IdGraphType>>("crawlId").Description("The crawl these counts are from.")
            .Resolve(c => GlobalId.Encode(CrawlType.TypeName, c.Source.CrawlId));
        this.AddDeprecatedAlias("scrapeId", "crawlId");
        Field(x => x.At).Description("When that crawl saw the lists.");
        Field(x => x.FollowerCount, nullable: true).Description("Followers after the crawl.");
        Field(x => x.FollowingCount, nullable: true).Description("Following after the crawl.");
        Field(x => x.NewFollowers, nullable: true).Description("Followers new in the crawl.");
        Field(x => x.LostFollowers, nullable: true).Description("Followers lost in the crawl.");
        Field(x => x.NewFollowing, nullable: true).Description("Following new in the crawl.");
        Field(x => x.LostFollowing, nullable: true).Description("Following lost in the crawl.");
    }
}
