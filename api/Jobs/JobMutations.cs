using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.Scrapes;

namespace InstaIntel.Api.Jobs;

public sealed class JobMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation) =>
        mutation.Field("runRefreshNow", MutationTypes.Payload<RefreshPayload>("RunRefreshNow",
                p =>
                {
                    p.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScrapeType>>>>("scrapes").Resolve(c => c.Source.Scrapes).DeprecationReason("Use `crawls`.");
                    p.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScrapeType>>>>("crawls").Description("The crawls it queued.").Resolve(c => c.Source.Scrapes);
                }))
            .Description("Runs the daily refresh now: queues a crawl of each bookmarked account not crawled in the last hours.")
            .ResolveAsync(async c => new RefreshPayload(await c.RequestServices!.GetRequiredService<RefreshService>().RunAsync(c.CancellationToken)));
}
