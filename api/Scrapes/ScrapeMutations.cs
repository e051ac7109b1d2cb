using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawling;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Realtime;

namespace InstaIntel.Api.Scrapes;

public sealed record ScrapePayload(Scrape? Scrape, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record StartScrapeInput(string Target, bool? Followers, bool? Following, bool? UsePrivateSession, bool? ForceRefresh);

public sealed record CancelScrapeInput(string ScrapeId);

public sealed class ScrapeMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("startScrape", ScrapePayloadType("StartScrape", typeof(InvalidHandleErrorType), typeof(NoListChosenErrorType), typeof(ScrapeAlreadyRunningErrorType)))
            .Description("Queues a crawl of an account's followers and/or following, adding the account if it is not tracked yet. Returns at once.")
            .Argument(MutationTypes.Input<StartScrapeInput>("StartScrape", i =>
            {
                i.Field<NonNullGraphType<StringGraphType>>("target").Description("A username, @username or instagram.com profile URL.");
                i.Field<BooleanGraphType>("followers").DefaultValue(true);
                i.Field<BooleanGraphType>("following").DefaultValue(true);
                i.Field<BooleanGraphType>("usePrivateSession").DefaultValue(true)
                    .Description("Crawl with your own logged-in session (needed for private accounts you follow). Instagram shows lists only to logged-in sessions, so this is the only mode today.");
                i.Field<BooleanGraphType>("forceRefresh").DefaultValue(false)
                    .Description("Ask Instagram for everything afresh instead of reusing what crawls of the last day (`Instagram:CacheFor`) fetched.");
            }), "input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<StartScrapeInput>("input");
                var target = input.Target;
                if (!Handle.TryParse(target, out var username, out var error))
                    return new ScrapePayload(null, [new InvalidHandleError(error, target ?? "")]);
                var lists = (input.Followers != false ? ScrapeLists.Followers : 0)
                    | (input.Following != false ? ScrapeLists.Following : 0);
                if (lists == 0) return new ScrapePayload(null, [new NoListChosenError("Choose followers, following or both.")]);

                var services = c.RequestServices!;
                var account = await services.GetRequiredService<AccountService>().AddAsync(username, c.CancellationToken);
                var scrapes = services.GetRequiredService<ScrapeService>();
                if (await scrapes.ActiveForAsync(account.Id, c.CancellationToken) is { } active)
                    return new ScrapePayload(null, [new ScrapeAlreadyRunningError($"@{username} already has a crawl {active.Status.Describe()}.", active)]);
                var scrape = await scrapes.QueueAsync(account.Id, lists, c.CancellationToken, forceRefresh: input.ForceRefresh == true);
                await services.GetRequiredService<ScrapeNotifier>().PublishAsync(scrape.Id, c.CancellationToken);
                await services.GetRequiredService<CrawlCommands>().EnqueueAsync(scrape.Id, c.CancellationToken);
                return new ScrapePayload(scrape);
            });

        mutation.Field("cancelScrape", ScrapePayloadType("CancelScrape", typeof(ScrapeNotFoundErrorType), typeof(ScrapeNotCancellableErrorType)))
            .Description("Stops a queued or running crawl within the page it is on. Nothing it fetched counts: nobody is marked new or lost.")
            .Argument(MutationTypes.Input<CancelScrapeInput>("CancelScrape", i => i.Field<NonNullGraphType<IdGraphType>>("scrapeId")), "input")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<CancelScrapeInput>("input").ScrapeId;
                var services = c.RequestServices!;
                var scrapes = services.GetRequiredService<ScrapeService>();
                var scrape = GlobalId.KeyOf(id, ScrapeType.TypeName) is { } key ? await scrapes.FindAsync(key, c.CancellationToken) : null;
                if (scrape is null) return new ScrapePayload(null, [new ScrapeNotFoundError($"No crawl has the ID `{id}`.", id)]);
                if (!scrape.Status.IsActive())
                    return new ScrapePayload(null, [new ScrapeNotCancellableError($"The crawl has already ended ({scrape.Status.Describe()}).", scrape)]);

                // A running crawl stops itself within a page wherever it runs; one that is queued, or whose worker is gone, is ended here.
                if (scrape.Status is ScrapeStatus.Running or ScrapeStatus.PausedRateLimited)
                {
                    await services.GetRequiredService<CrawlCommands>().CancelAsync(scrape.Id, c.CancellationToken);
                    scrape = await scrapes.WaitUntilEndedAsync(scrape.Id, TimeSpan.FromSeconds(10), c.CancellationToken);
                }
                if (scrape.Status.IsActive())
                {
                    await services.GetRequiredService<IngestService>().StopAsync(scrape.Id, ScrapeStatus.Cancelled, "Cancelled.", c.CancellationToken);
                    await services.GetRequiredService<ScrapeNotifier>().PublishAsync(scrape.Id, c.CancellationToken);
                }
                return new ScrapePayload(await scrapes.GetAsync(scrape.Id, c.CancellationToken));
            });
    }

    private static IGraphType ScrapePayloadType(string mutation, params Type[] errorTypes) =>
        MutationTypes.Payload<ScrapePayload>(mutation, p => p.Field<ScrapeType>("scrape").Resolve(c => c.Source.Scrape), errorTypes);
}
