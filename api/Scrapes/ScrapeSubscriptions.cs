using System.Reactive.Linq;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Realtime;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Scrapes;

public sealed class ScrapeSubscriptions : ISchemaFeature
{
    public void AddSubscriptions(ObjectGraphType subscription)
    {
        AddProgress(subscription, "scrapeProgress", "scrapeId").DeprecationReason("Use `crawlProgress`.");
        AddEvents(subscription, "scrapeEvents").DeprecationReason("Use `crawlEvents`.");
        AddProgress(subscription, "crawlProgress", "crawlId");
        AddEvents(subscription, "crawlEvents");
    }

    private static FieldBuilder<object?, ScrapeProgress> AddProgress(ObjectGraphType subscription, string name, string idArgument) =>
        subscription.Field<NonNullGraphType<ScrapeProgressType>, ScrapeProgress>(name)
            .Description("A crawl's progress: its state now, then every step, ending when the crawl ends.")
            .Argument<NonNullGraphType<IdGraphType>>(idArgument)
            .ResolveStreamAsync(async c =>
            {
                var id = GlobalId.Expect(c.GetArgument<string>(idArgument), ScrapeType.TypeName);
                var services = c.RequestServices!;
                // Listen before reading the current state, so nothing published in between is missed.
                var live = services.GetRequiredService<IEventBus>().Observe<ScrapeProgress>(Topics.Scrape(id)).Replay(1_000);
                var connection = live.Connect();
                var scrape = await c.Db().Scrapes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, c.CancellationToken);
                if (scrape is null)
                {
                    connection.Dispose();
                    throw new ExecutionError($"No crawl has the ID `{c.GetArgument<string>(idArgument)}`.") { Code = "SCRAPE_NOT_FOUND" };
                }
                var current = ScrapeProgress.Of(scrape, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                if (current.Ended)
                {
                    connection.Dispose();
                    return Observable.Return(current);
                }
                return Observable.Return(current)
                    .Concat(live.Where(p => p.State != current.State || p.Fetched >= current.Fetched))
                    .TakeUntil(p => p.Ended)
                    .Finally(connection.Dispose);
            });

    private static FieldBuilder<object?, ScrapeEvent> AddEvents(ObjectGraphType subscription, string name) =>
        subscription.Field<NonNullGraphType<ScrapeEventType>, ScrapeEvent>(name)
            .Description("Every state change of every crawl.")
            .ResolveStream(c => c.RequestServices!.GetRequiredService<IEventBus>().Observe<ScrapeEvent>(Topics.Scrapes));
}
