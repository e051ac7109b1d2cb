using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Exports;
using InstaIntel.Api.Followers;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Batching;
using InstaIntel.Api.GraphQL.Filtering;
using InstaIntel.Api.GraphQL.Paging;
using InstaIntel.Api.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Accounts;

public sealed class AccountType : ObjectGraphType<Account>
{
    public const string TypeName = "Account";

    public static readonly QueryShape<Account> Shape = new QueryShape<Account>("Account", a => a.Id)
        .Filter("username", FilterKind.String, a => a.Username)
        .Filter("fullName", FilterKind.String, a => a.FullName)
        .Filter("bookmarked", FilterKind.Boolean, a => a.Bookmarked)
        .Filter("isPrivate", FilterKind.Boolean, a => a.IsPrivate)
        .Filter("isVerified", FilterKind.Boolean, a => a.IsVerified)
        .Filter("followerCount", FilterKind.Int, a => a.FollowerCount)
        .Filter("lastCrawledAt", FilterKind.DateTime, a => a.LastCrawledAt)
        .Sort("username", a => a.Username)
        .Sort("fullName", a => a.FullName)
        .Sort("followerCount", a => a.FollowerCount ?? -1)
        .Sort("lastCrawledAt", a => a.LastCrawledAt ?? DateTime.MinValue)
        .Sort("createdAt", a => a.Id)
        .FormerName("lastScrapedAt", "lastCrawledAt");

    public AccountType(NamedTypes types)
    {
        Name = TypeName;
        Description = "A tracked Instagram account whose followers and following are crawled.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Account;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field(x => x.Pk, nullable: true).Description("Instagram's user id, known after the first profile lookup.");
        Field(x => x.Username).Description("The Instagram username, without `@`.");
        Field(x => x.FullName).Description("The name shown on the profile.");
        Field(x => x.ProfilePicUrl, nullable: true).Description("The profile picture's URL at the last crawl.");
        Field(x => x.IsVerified).Description("Whether Instagram shows the verified badge.");
        Field(x => x.IsPrivate).Description("Whether the account is private.");
        Field(x => x.FollowerCount, nullable: true).Description("The follower count Instagram reported at the last lookup.");
        Field(x => x.FollowingCount, nullable: true).Description("How many accounts it follows, as its profile said at the last crawl.");
        Field(x => x.Bookmarked).Description("Bookmarked accounts are re-crawled every night.");
        Field(x => x.CheckLostReasons).Description("Whether each person who leaves is looked up after the crawl (a request each) to tell why; see `lostReason`.");
        Field(x => x.CreatedAt).Description("When it was first tracked.");
        Field(x => x.LastCrawledAt, nullable: true).Description("When this account was last crawled.");
        this.AddDeprecatedAlias("lastScrapedAt", "lastCrawledAt");
        Field<NonNullGraphType<StringGraphType>>("profileUrl").Description("Its profile on instagram.com.").Resolve(c => Handle.ProfileUrl(c.Source.Username));

        foreach (var view in Enum.GetValues<FollowerView>())
        {
            var name = char.ToLowerInvariant(view.ToString()[0]) + view.ToString()[1..];
            this.Connection<Account, FollowerType, FollowerRow>(types, name, FollowerQueries.Shape, c =>
                FollowerQueries.ForAccountAsync(c.Db(), c.Source.Id, view, c.GetArgument<Dictionary<string, object?>?>("where"), c.CancellationToken))
                .Description(ViewDescription(view));
        }

        this.AddExportUrl(types);
        HistoryFields.Register(this, types);

        this.Connection<Account, CrawlType, Crawl>(types, "crawls", CrawlType.Shape,
            c => Task.FromResult(c.Db().Crawls.AsNoTracking().Where(s => s.AccountId == c.Source.Id))).Description("This account's crawls.");
        this.AddDeprecatedAlias("scrapes", "crawls");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelinePointType>>>>("timeline")
            .Description("Counts after every complete crawl, oldest first.")
            .Resolve(c => c.Load(AccountBatches.Timeline, c.Source.Id).Then(points => points ?? []));

        Field<NonNullGraphType<Insights.AccountInsightsType>>("insights").Description("Figures drawn from its history, such as how many followers it follows back.").Resolve(c => c.Source);
        Counts.CountFields.Register(this);
    }

    private static string ViewDescription(FollowerView view) => view switch
    {
        FollowerView.Followers => "Profiles following this account.",
        FollowerView.Following => "Profiles this account follows.",
        FollowerView.Mutuals => "Followers this account follows back.",
        FollowerView.Fans => "Followers this account does not follow back.",
        _ => "Profiles this account follows that do not follow it back.",
    } + " Present relations only, unless `where` filters on `isLost` or `lostAt`.";
}
