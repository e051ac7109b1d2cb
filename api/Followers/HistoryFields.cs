using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Paging;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Profiles;

namespace InstaIntel.Api.Followers;

public sealed class FollowListGraphType : EnumerationGraphType<FollowList>
{
    public FollowListGraphType() => Description = "One of the two lists Instagram serves for an account.";
}

public sealed class ChangeKindGraphType : EnumerationGraphType<ChangeKind>
{
    public ChangeKindGraphType() => Description = "BASELINE: in the list's first complete crawl (nobody is new in it); NEW: appeared or came back; LOST: left.";
}

public sealed class FollowerChangeType : ObjectGraphType<ChangeRow>
{
    public const string TypeName = "FollowerChange";

    public FollowerChangeType()
    {
        Name = TypeName;
        Description = "Someone who appeared in or left one of a tracked account's lists, with the complete crawl that saw it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<FollowListGraphType>>("list").Description("The list the change happened in.").Resolve(c => c.Source.List);
        Field<NonNullGraphType<ChangeKindGraphType>>("kind").Description("Whether the person appeared (NEW), left (LOST) or was there from the first crawl (BASELINE).").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("crawlId").Description("The crawl that saw it.").Resolve(c => GlobalId.Encode(CrawlType.TypeName, c.Source.CrawlId));
        this.AddDeprecatedAlias("scrapeId", "crawlId");
        Field(x => x.At).Description("When the crawl that saw the change completed.");
        Field(x => x.Reviewed).Description("Marked as seen with `markChangesReviewed`.");
        Field(x => x.ReviewedAt, nullable: true).Description("When it was marked reviewed; null when it is not.");
        Field<LostReasons.LostReasonGraphType>("lostReason").Resolve(c => c.Source.LostReason)
            .Description("For a LOST change: why they left, once checked after the crawl; null otherwise and until checked.");
        Field(x => x.LostReasonCheckedAt, nullable: true).Description("When `lostReason` was checked with Instagram.");
        Field(x => x.Pk).Description("Instagram's user id of the person.");
        Field(x => x.Username).Description("The person's username.");
        Field(x => x.FullName).Description("The person's name.");
        Field(x => x.ProfilePicUrl, nullable: true).Description("The person's profile picture URL.");
        Field(x => x.IsVerified).Description("Whether the person is verified.");
        Field(x => x.IsPrivate).Description("Whether the person's account is private.");
        Field(x => x.ProfileUrl).Description("The person's profile on instagram.com.");
    }
}

/// <summary>Two complete crawls of one list, oldest first, and who joined or left between them.</summary>
public sealed record CrawlComparison(long AccountId, FollowList List, Crawl Older, Crawl Newer);

public sealed class CrawlComparisonType : ObjectGraphType<CrawlComparison>
{
    public CrawlComparisonType(NamedTypes types)
    {
        Name = "CrawlComparison";
        Description = "Who joined or left a list between two complete crawls (given in either order; `from` is the older).";
        Field<NonNullGraphType<CrawlType>>("from").Description("The earlier crawl compared.").Resolve(c => c.Source.Older);
        Field<NonNullGraphType<CrawlType>>("to").Description("The later crawl compared.").Resolve(c => c.Source.Newer);
        Field<NonNullGraphType<FollowListGraphType>>("list").Description("The list compared.").Resolve(c => c.Source.List);
        this.Connection<CrawlComparison, ProfileType, Profile>(types, "joined", ChangeQueries.ProfileShape, c =>
                Task.FromResult(ChangeQueries.Between(c.Db(), c.Source.AccountId, c.Source.List, c.Source.Older.Id, c.Source.Newer.Id, joined: true)))
            .Description("In the list after `to` but not after `from`.");
        this.Connection<CrawlComparison, ProfileType, Profile>(types, "left", ChangeQueries.ProfileShape, c =>
                Task.FromResult(ChangeQueries.Between(c.Db(), c.Source.AccountId, c.Source.List, c.Source.Older.Id, c.Source.Newer.Id, joined: false)))
            .Description("In the list after `from` but not after `to`.");
    }
}

/// <summary>`Account.changes`, `Account.compareCrawls` and `Account.ignoredProfiles`.</summary>
public static class HistoryFields
{
    public static void Register(ObjectGraphType<Account> account, NamedTypes types)
    {
        account.Connection<Account, FollowerChangeType, ChangeRow>(types, "changes", ChangeQueries.Shape, c =>
                Task.FromResult(ChangeQueries.History(c.Db(), c.Source.Id, c.GetArgument("list", FollowList.Followers),
                    c.GetArgument<ChangeKind?>("kind"), c.GetArgument<DateTime?>("from"), c.GetArgument<DateTime?>("to"))))
            .Argument<NonNullGraphType<FollowListGraphType>>("list", a => a.DefaultValue = FollowList.Followers)
            .Argument<ChangeKindGraphType>("kind", "Only this kind; without it NEW and LOST.")
            .Argument<UtcDateTimeGraphType>("from", "Only changes seen by crawls completed at or after this time.")
            .Argument<UtcDateTimeGraphType>("to", "Only changes seen by crawls completed at or before this time.")
            .Description("Everyone who appeared in or left the list, crawl by crawl, newest first. The first complete crawl is a baseline, not a change.");

        account.Field<NonNullGraphType<CrawlComparisonType>>("compareCrawls")
            .Description("Who joined or left the list between two complete crawls of this account.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<NonNullGraphType<FollowListGraphType>>("list", a => a.DefaultValue = FollowList.Followers)
            .ResolveAsync(async c =>
            {
                var list = c.GetArgument("list", FollowList.Followers);
                var (older, newer) = await ChangeQueries.ComparableAsync(c.Db(), c.Source.Id, list,
                    GlobalId.Expect(c.GetArgument<string>("from"), CrawlType.TypeName),
                    GlobalId.Expect(c.GetArgument<string>("to"), CrawlType.TypeName), c.CancellationToken);
                return new CrawlComparison(c.Source.Id, list, older, newer);
            });

        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileType>>>>("ignoredProfiles")
            .Description("Profiles left out of this account's \"not following back\" (see `ignoreProfiles`), by username.")
            .ResolveAsync(async c => await IgnoreList.ProfilesAsync(c.Db(), c.Source.Id, c.CancellationToken));
    }
}
