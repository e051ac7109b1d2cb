using System.Reactive.Linq;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Realtime;
using Microsoft.EntityFrameworkCore;

namespace InstaIntel.Api.Crawls;

public sealed class CrawlSubscriptions : ISchemaFeature
{
    public void AddSubscriptions(ObjectGraphType subscription)
    {
        AddProgress(subscription, "crawlProgress", "crawlId");
        AddEvents(subscription, "crawlEvents");
        // The former names; the progress one differs in its argument's name too, so it is built rather than copied.
        AddProgress(subscription, "scrapeProgress", "scrapeId").DeprecationReason(DeprecatedAliases.Reason("crawlProgress"));
        subscription.AddDeprecatedAlias("scrapeEvents", "crawlEvents");
    }

    private static FieldBuilder<object?, CrawlProgress> AddProgress(ObjectGraphType subscription, string name, string idArgument) =>
        subscription.Field<NonNullGraphType<CrawlProgressType>, CrawlProgress>(name)
            .Description("A crawl's progress: its state now, then every step, ending when the crawl ends.")
            .Argument<NonNullGraphType<IdGraphType>>(idArgument)
            .ResolveStreamAsync(async c =>
            {
                var id = GlobalId.Expect(c.GetArgument<string>(idArgument), CrawlType.TypeName);
                var services = c.RequestServices!;
                // Listen before reading the current state, so nothing published in between is missed.
                var live = services.GetRequiredService<IEventBus>().Observe<CrawlProgress>(Topics.Crawl(id)).Replay(1_000);
                var connection = live.Connect();
                var crawl = await c.Db().Crawls.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, c.CancellationToken);
                if (crawl is null)
                {
                    connection.Dispose();
                    throw new ExecutionError($"No crawl has the ID `{c.GetArgument<string>(idArgument)}`.") { Code = "CRAWL_NOT_FOUND" };
                }
                var current = CrawlProgress.Of(crawl, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                if (current.Ended)
                {
                    connection.Dispose();
                    return Observable.Return(current);
                }
                return Observable.Return(current)
                    .Concat(live.Where(p => p.Status != current.Status || p.Fetched >= current.Fetched))
                    .TakeUntil(p => p.Ended)
                    .Finally(connection.Dispose);
            });

    private static FieldBuilder<object?, CrawlEvent> AddEvents(ObjectGraphType subscription, string name) =>
        subscription.Field<NonNullGraphType<CrawlEventType>, CrawlEvent>(name)
            .Description("Every state change of every crawl.")
            .ResolveStream(c => c.RequestServices!.GetRequiredService<IEventBus>().Observe<CrawlEvent>(Topics.Crawls));
}
