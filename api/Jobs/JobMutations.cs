using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Jobs;

public sealed class JobMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field("runRefreshNow", MutationTypes.Payload<RefreshPayload>("RunRefreshNow",
                p =>
                {
                    p.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CrawlType>>>>("crawls").Description("The crawls it queued.").Resolve(c => c.Source.Crawls);
                    p.AddDeprecatedAlias("scrapes", "crawls");
                }))
            .Description("Runs the daily refresh now: queues a crawl of each bookmarked account not crawled in the last hours.")
            .ResolveAsync(async c => new RefreshPayload(await c.RequestServices!.GetRequiredService<RefreshService>().RunAsync(c.CancellationToken)));
}
