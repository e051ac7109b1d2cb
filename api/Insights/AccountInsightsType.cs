using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Followers;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Paging;

namespace InstaIntel.Api.Insights;

/// <summary>`Account.insights`: the numbers behind the account page's charts.</summary>
public sealed class AccountInsightsType : ObjectGraphType<Account>
{
    public AccountInsightsType(NamedTypes types)
    {
        Name = "AccountInsights";
        Description = "Derived numbers for one tracked account, computed from its stored crawls.";
        Field<NonNullGraphType<FollowBackType>>("followBack").Description("How many of its followers it follows back.")
            .ResolveAsync(async c => await FollowBack.ForAccountAsync(c.Db(), c.Source.Id, c.CancellationToken));

        this.Connection<Account, FollowerType, FollowerRow>(types, "ghostCandidates", FollowerQueries.Shape, async c =>
            {
                var days = c.GetArgument("minAgeDays", GhostCandidates.DefaultMinAgeDays);
                if (days < 0) throw new ExecutionError("`minAgeDays` must be at least 0.") { Code = "INVALID_ARGUMENT" };
                var cutoff = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-days);
                var db = c.Db();
                var latest = await FollowerQueries.LatestCompleteCrawlAsync(db, c.Source.Id, FollowList.Followers, c.CancellationToken);
                return GhostCandidates.Query(db, c.Source.Id, latest, cutoff);
            })
            .Argument<IntGraphType>("minAgeDays", $"Only followers first seen at least this many days ago (default {GhostCandidates.DefaultMinAgeDays}).")
            .Description("Followers first seen long ago that follow, and are followed by, no other tracked account. Read `ghostCaveat` before acting on it.");

        Field<NonNullGraphType<StringGraphType>>("ghostCaveat").Description("What the ghost-candidate list can and cannot prove.")
            .Resolve(_ => GhostCandidates.Caveat);
    }
}
