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
    /// <summary>When the person began following the account, as the account's data download tells it.</summary>
    public DateTime? FollowsAccountSince { get; init; }
    /// <summary>When the account began following the person, as its data download tells it.</summary>
    public DateTime? FollowedByAccountSince { get; init; }

    public bool Mutual => FollowsAccount && FollowedByAccount;

    /// <summary>Every tracked account whose lists ever held the person, by username.</summary>
    public static async Task<List<ProfileRelation>> OfAsync(InstaIntelDb db, long pk, CancellationToken ct)
    {
        var follows = await db.Followers.Where(e => e.ProfilePk == pk).Select(e => new { e.TargetId, Present = e.LostInCrawlId == null, e.FollowedAt }).ToListAsync(ct);
        var followedBy = await db.Following.Where(e => e.ProfilePk == pk).Select(e => new { e.TargetId, Present = e.LostInCrawlId == null, e.FollowedAt }).ToListAsync(ct);
        var steps = await (from c in db.FollowChanges
                           where c.ProfilePk == pk
                           join s in db.Crawls on c.CrawlId equals s.Id
                           where s.Status == CrawlStatus.Succeeded // a completing crawl logs its changes before it succeeds
                           orderby c.CrawlId, c.List
                           select new { c.TargetId, Step = new StoryStep(c.List, c.Kind, c.CrawlId, s.FinishedAt ?? s.CreatedAt) }).ToListAsync(ct);
        var targets = follows.Select(f => f.TargetId).Concat(followedBy.Select(f => f.TargetId)).Distinct().ToList();
        var accounts = await db.Accounts.AsNoTracking().Where(a => targets.Contains(a.Id)).OrderBy(a => a.Username).ToListAsync(ct);
        return accounts.Select(a =>
        {
            var follow = follows.FirstOrDefault(f => f.TargetId == a.Id && f.Present);
            var followed = followedBy.FirstOrDefault(f => f.TargetId == a.Id && f.Present);
            return new ProfileRelation(a, follow is not null, followed is not null, steps.Where(s => s.TargetId == a.Id).Select(s => s.Step).ToList())
            {
                FollowsAccountSince = follow?.FollowedAt,
                FollowedByAccountSince = followed?.FollowedAt,
            };
        }).ToList();
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
        Field(x => x.FollowsAccountSince, nullable: true).Description("When the person began following the account, as the account's data download tells it; null while they do not follow it or no imported archive dates it.");
        Field(x => x.FollowedByAccountSince, nullable: true).Description("When the account began following the person, as its data download tells it; null while it does not follow them or no imported archive dates it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoryStepType>>>>("steps").Description("When the person came, left and came back, oldest first.").Resolve(c => c.Source.Steps);
    }
}

/// <summary>`Query.profile(pk or username)` and `Profile.relations`: one person's page.</summary>
public static class ProfileStoryFields
{
    public static void AddQuery(ObjectGraphType query) =>
        query.Field<ProfileType>("profile")
            .Description("A stored profile by Instagram user id, or by username (@name and profile URLs are understood too): people from a data download are known by username until a crawl lists them. Give one of the two; null when no crawl or import has seen the person.")
            .Argument<LongGraphType>("pk", "Instagram's user id.")
            .Argument<StringGraphType>("username", "The person's username.")
            .ResolveAsync(async c =>
            {
                var pk = c.GetArgument<long?>("pk");
                var username = c.GetArgument<string?>("username");
                if (pk is null == username is null)
                    throw new ExecutionError("Give profile either a pk or a username.") { Code = "PROFILE_KEY" };
                var profiles = c.Db().Profiles.AsNoTracking();
                if (pk is { } id) return await profiles.SingleOrDefaultAsync(p => p.Pk == id, c.CancellationToken);
                if (!Handle.TryParse(username, out var name, out _)) return null;
                // A name can have passed from one person to another between crawls: the one seen last holds it now.
                return await profiles.Where(p => p.Username == name).OrderByDescending(p => p.UpdatedAt).FirstOrDefaultAsync(c.CancellationToken);
            });

    public static void Register(ObjectGraphType<Profile> profile) =>
        profile.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProfileRelationType>>>>("relations")
            .Description("Every tracked account whose lists ever held this person, by the account's username.")
            .ResolveAsync(async c => await ProfileRelation.OfAsync(c.Db(), c.Source.Pk, c.CancellationToken));
}
