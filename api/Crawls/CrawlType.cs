using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Batching;
using InstaIntel.Api.GraphQL.Filtering;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Instagram;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Crawls;

public sealed class CrawlType : ObjectGraphType<Crawl>
{
    public const string TypeName = "Crawl";

    public const string ActiveDescription = "Whether the crawl has not ended yet: it is queued, running or paused, and can still be cancelled.";

    public static readonly QueryShape<Crawl> Shape = new QueryShape<Crawl>("Crawl", s => s.Id)
        .Filter("status", FilterKind.Enum, s => s.Status)
        .Filter("source", FilterKind.Enum, s => s.Source, typeof(CrawlSourceType))
        .Filter("createdAt", FilterKind.DateTime, s => s.CreatedAt)
        .Filter("finishedAt", FilterKind.DateTime, s => s.FinishedAt)
        .Sort("createdAt", s => s.Id)
        .Sort("finishedAt", s => s.FinishedAt ?? DateTime.MinValue);

    public CrawlType()
    {
        Name = TypeName;
        Description = "One crawl of a tracked account's followers and/or following.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Crawl;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<AccountType>>("account").Resolve(c => c.Load(AccountBatches.ById, c.Source.AccountId));
        Field<NonNullGraphType<StringGraphType>>("target").Description("The username of the crawled account.")
            .Resolve(c => c.Load(AccountBatches.ById, c.Source.AccountId).Then(a => a?.Username));
        Field<NonNullGraphType<CrawlProgressType>>("progress")
            .Resolve(c => CrawlProgress.Of(c.Source, c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        Field(x => x.ResumesAt, nullable: true).Description("While paused by Instagram's rate limit or an action block: when the crawl continues by itself.");
        Field<NonNullGraphType<EnumerationGraphType<CrawlLists>>>("lists").Resolve(c => c.Source.Lists);
        Field<NonNullGraphType<EnumerationGraphType<CrawlStatus>>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("active").Description(ActiveDescription).Resolve(c => c.Source.Status.IsActive());
        Field<CrawlSourceType>("source").Description("Which Instagram interface served the crawl (the last one, when a source broke and the next took over).").Resolve(c => c.Source.Source);
        Field(x => x.CreatedAt);
        Field(x => x.StartedAt, nullable: true);
        Field(x => x.FinishedAt, nullable: true);
        Field(x => x.FollowersFetched);
        Field(x => x.FollowingFetched);
        Field(x => x.FollowersExpected, nullable: true);
        Field(x => x.FollowingExpected, nullable: true);
        Field(x => x.FollowersTotal, nullable: true).Description("Followers present after this crawl; set when it succeeds.");
        Field(x => x.FollowersNew, nullable: true);
        Field(x => x.FollowersLost, nullable: true);
        Field(x => x.FollowingTotal, nullable: true);
        Field(x => x.FollowingNew, nullable: true);
        Field(x => x.FollowingLost, nullable: true);
        Field(x => x.Error, nullable: true).Description("Why the crawl failed, in words that say what to do.");
        Field<CrawlMethodType>("method")
            .Description("HEAD_ONLY when a list was read from the top only, everyone below carried over because the counts said nobody left; FULL when every list was read to its end. Null until the crawl completes.")
            .Resolve(c => c.Source.Method);
        Field<CrawlMethodType>("followersMethod").Description("How the followers list was read; null when the crawl did not read it or has not completed.").Resolve(c => c.Source.FollowersMethod);
        Field<CrawlMethodType>("followingMethod").Description("How the following list was read; null when the crawl did not read it or has not completed.").Resolve(c => c.Source.FollowingMethod);
        Field<FloatGraphType>("completeness")
            .Description("What the lists gave against the profile's counts, 0 to 1 (the lowest of the lists it read), e.g. 0.998; null while unknown. Below Instagram:CompleteShare the crawl ends INCOMPLETE.")
            .Resolve(c => c.Source.Completeness);
    }
}

public sealed class CrawlMethodType : EnumerationGraphType<CrawlMethod>
{
    public CrawlMethodType()
    {
        Name = "CrawlMethod";
        Description = "How a crawl read a list.";
        Values["HEAD_ONLY"].Description = "Read from the top until a run of known followers; the count said nobody left, so the rest was carried over.";
        Values["FULL"].Description = "Read to the end.";
    }
}

public sealed class CrawlSourceType : EnumerationGraphType<FollowSource>
{
    public CrawlSourceType()
    {
        Name = "CrawlSource";
        Description = "WEB_API: instagram.com's own follower dialog; MOBILE_API: the Android app's API; WEB_GRAPHQL: the legacy query hashes; BROWSER: your own browser, through the browser companion.";
        Values["BROWSER"].Description = "Your own logged-in browser read the lists, through the browser companion extension.";
    }
}
