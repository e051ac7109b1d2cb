using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Dashboard;

/// <summary>The headline numbers; each is counted only when selected.</summary>
public sealed class DashboardType : ObjectGraphType<InstaIntelDb>
{
    public DashboardType()
    {
        Name = "Dashboard";
        Description = "Totals over everything stored.";
        Field<NonNullGraphType<IntGraphType>>("trackedAccounts").Description("How many accounts are tracked.").ResolveAsync(async c => await c.Source.Accounts.CountAsync(c.CancellationToken));
        Field<NonNullGraphType<IntGraphType>>("totalProfiles").Description("How many distinct profiles are stored.").ResolveAsync(async c => await c.Source.Profiles.CountAsync(c.CancellationToken));
        Field<NonNullGraphType<LongGraphType>>("totalEdges").Description("Follower and following rows stored, lost ones included.")
            .ResolveAsync(async c => await c.Source.Followers.LongCountAsync(c.CancellationToken) + await c.Source.Following.LongCountAsync(c.CancellationToken));
        Field<UtcDateTimeGraphType>("lastRunAt").Description("When the latest crawl finished, whatever its outcome.")
            .ResolveAsync(async c => await c.Source.Crawls.MaxAsync(s => s.FinishedAt, c.CancellationToken));
        Insights.GrowthFields.Register(this);
    }
}
