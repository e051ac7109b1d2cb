using System.Reactive.Linq;
using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Realtime;
using InstaIntel.Api.Scrapes;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.GraphQL;

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";

        Field<NonNullGraphType<ScrapeProgressType>>("scrapeProgress")
            .Description("A crawl's progress: its state now, then every step, ending when the crawl ends.")
            .Argument<NonNullGraphType<IdGraphType>>("scrapeId")
            .ResolveStreamAsync(async c =>
            {
                var id = GlobalId.Expect(c.GetArgument<string>("scrapeId"), ScrapeType.TypeName);
                var services = c.RequestServices!;
                // Listen before reading the current state, so nothing published in between is missed.
                var live = services.GetRequiredService<IEventBus>().Observe<ScrapeProgress>(Topics.Scrape(id)).Replay(1_000);
                var connection = live.Connect();
                var scrape = await c.Db().Scrapes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, c.CancellationToken);
                if (scrape is null)
                {
                    connection.Dispose();
                    throw new ExecutionError($"No crawl has the ID `{c.GetArgument<string>("scrapeId")}`.") { Code = "SCRAPE_NOT_FOUND" };
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

        Field<NonNullGraphType<ScrapeEventType>>("scrapeEvents")
            .Description("Every state change of every crawl.")
            .ResolveStream(c => c.RequestServices!.GetRequiredService<IEventBus>().Observe<ScrapeEvent>(Topics.Scrapes));
    }
}
