using InstaIntel.Api.Accounts;
using InstaIntel.Api.Alerts;
using InstaIntel.Api.Archives;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Dashboard;
using InstaIntel.Api.Followers;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Insights;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.Profiles;

namespace InstaIntel.Api.GraphQL;

/// <summary>The schema's table of contents: every feature's root fields, in the order the printed schema lists them.</summary>
public static class SchemaFeatures
{
    public static readonly IReadOnlyList<ISchemaFeature> All =
    [
        new AccountQueries(), new ProfileQueries(), new CrawlQueries(), new BackupQueries(), new DashboardQueries(),
        new JobQueries(), new NetworkQueries(), new SearchQueries(), new SessionQueries(), new PacingQueries(),
        new AccountMutations(), new CrawlMutations(), new SessionMutations(), new PacingMutations(), new JobMutations(), new BackupMutations(), new FollowerMutations(), new ArchiveMutations(),
        new CrawlSubscriptions(),
        new Tokens.ApiTokenQueries(), new Tokens.ApiTokenMutations(), new Companion.CompanionMutations(), new Companion.BrowserCrawlMutations(),
        new AlertQueries(), new AlertMutations(),
        new Counts.CountsQueries(), new Counts.CountsMutations(),
        new LostReasons.LostReasonsMutations(),
    ];

    /// <summary>Every `Node` type's lookup, filled by the features.</summary>
    public static readonly NodeResolvers Nodes = CollectNodes();

    private static NodeResolvers CollectNodes()
    {
        var nodes = new NodeResolvers();
        foreach (var feature in All) feature.AddNodes(nodes);
        return nodes;
    }
}
