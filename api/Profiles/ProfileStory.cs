using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Followers;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Profiles;

/// <summary>One logged step of a person's story under a tracked account.</summary>
public sealed record StoryStep(FollowList List, ChangeKind Kind, long CrawlId, DateTime At);

/// <summary>How a person relates to one tracked account now, and every step that led there.</summary>
public sealed record ProfileRelation(Account Account, bool FollowsAccount, bool FollowedByAccount, IReadOnlyList<StoryStep> Steps)
{
    public bool Mutual => FollowsAccount && FollowedByAccount;

    /// <summary>Every tracked account whose lists ever held the person, by username.</summary>
    public static async Task<List<ProfileRelation>> OfAsync(InstaIntelDb db, long pk, CancellationToken ct)
    {
        var follows = await db.Followers.Where(e => e.ProfilePk == pk).Select(e => new { e.TargetId, Present = e.LostInCrawlId == null }).ToListAsync(ct);
        var followedBy = await db.Following.Where(e => e.ProfilePk == pk).Select(e => new { e.TargetId, Present = e.LostInCrawlId == null }).ToListAsync(ct);
        var steps = await (from c in db.FollowChanges
                           where c.ProfilePk == pk
                           join s in db.Crawls on c.CrawlId equals s.Id
                           where s.Status == CrawlStatus.Succeeded // a completing crawl logs its changes before it succeeds
                           orderby c.CrawlId, c.List
                           select new { c.TargetId, Step = new StoryStep(c.List, c.Kind, c.CrawlId, s.FinishedAt ?? s.CreatedAt) }).ToListAsync(ct);
        var targets = follows.Select(f => f.TargetId).Concat(followedBy.Select(f => f.TargetId)).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => targets.Contains(a.Id)).OrderBy(a => a.Username).ToListAsync(ct);
        return accounts.Select(a => new ProfileRelation(a,
            follows.Any(f => f.TargetId == a.Id && f.Present),
            followedBy.Any(f => f.TargetId == a.Id && f.Present),
            steps.Where(s => s.TargetId == a.Id).Select(s => s.Step).ToList())).ToList();
    }
}

public sealed class StoryStepType : ObjectGraphType<StoryStep>
{
    public StoryStepType()
    {
        Name = "StoryStep";
        Description = "The person appeared in (BASELINE, NEW) or left (LOST) one list of a tracked account, as one complete crawl saw it.";
        Field<NonNullGraphType<FollowListGraphType>>("list").Description("FOLLOWERS: the person's following of the account; FOLLOWING: the account's following of the person.").Resolve(c => c.Source.List);
        Field<NonNullGraphType<ChangeKindGraphType>>("kind").Description("Whether the person appeared or left.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("crawlId").Description("The crawl that saw it.").Resolve(c => GlobalId.Encode(CrawlType.TypeName, c.Source.CrawlId));
        this.AddDeprecatedAlias("scrapeId", "crawlId");
        Field(x => x.At).Description("When that crawl completed.");
    }
}

public sealed class ProfileRelationType : ObjectGraphType<ProfileRelation>
{
    public ProfileRelationType()
    {
        Name = "ProfileRelation";
        Description = "A person and one tracked account: who follows whom now, and the story so far, oldest first.";
        Field<NonNullGraphType<AccountType>>("account").Description("The tracked account.").Resolve(c => c.Source.Account);
        Field(x => x.FollowsAccount).Description("The person is in the account's followers now.");
        Field(x => x.FollowedByAccount).Description("The account follows the person now.");
        Field(x => x.Mutual).Description("Whether they follow each other.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoryStepType>>>>("steps").Description("When the person came, left and came back, oldest first.").Resolve(c => c.Source.Steps);
    }
}

/// <summary>`Query.profile(pk)` and `Profile.relations`: one person's page.</summary>
public static class ProfileStoryFields
{
    public static void AddQuery(ObjectGraphType query) =>
        query.Field<ProfileType>("profile").Description("A stored profile by Instagram user id; null when no crawl has seen it.")
            .Argument<NonNullGraphType<LongGraphType>>("pk")
            .ResolveAsync(async c =>
            {
                var pk = c.GetArgument<long>("pk");
                return await c.Db().Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Pk == pk, c.CancellationToken);
            });

    public static void Register(ObjectGraphType<Profile> profile) =>
        profile.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileRelationType>>>>("relations")
            .Description("Every tracked account whose lists ever held this person, by the account's username.")
            .ResolveAsync(async c => await ProfileRelation.OfAsync(c.Db(), c.Source.Pk, c.CancellationToken));
}
