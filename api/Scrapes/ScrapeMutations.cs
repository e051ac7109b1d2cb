using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Scrapes;

public sealed record ScrapePayload(Scrape? Scrape, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record StartScrapeInput(string Target, bool? Followers, bool? Following, bool? UsePrivateSession, bool? ForceRefresh);

/// <summary>`CancelScrapeInput { scrapeId }` or `CancelCrawlInput { crawlId }`.</summary>
public sealed record CancelScrapeInput
{
    public string? ScrapeId { get; init; }
    public string? CrawlId { get; init; }
    public string Id => CrawlId ?? ScrapeId ?? "";
}

public sealed class ScrapeMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        var startScrape = mutation.Field("startScrape", ScrapePayloadType("StartScrape", typeof(InvalidHandleErrorType), typeof(NoListChosenErrorType), typeof(ScrapeAlreadyRunningErrorType)))
            .Description(StartDescription)
            .DeprecationReason("Use `startCrawl`.")
            .Argument(StartInput("StartScrape"), "input")
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
                return await services.GetRequiredService<ScrapeService>().StartAsync(account.Id, lists, input.ForceRefresh == true, c.CancellationToken) switch
                {
                    ScrapeStart.Queued queued => new ScrapePayload(queued.Scrape),
                    ScrapeStart.AlreadyActive(var active) =>
                        new ScrapePayload(null, [new ScrapeAlreadyRunningError($"@{username} already has a crawl {active.Status.Describe()}.", active)]),
                    var other => throw new InvalidOperationException($"Unexpected start outcome {other}."),
                };
            });

        var cancelScrape = mutation.Field("cancelScrape", ScrapePayloadType("CancelScrape", typeof(ScrapeNotFoundErrorType), typeof(ScrapeNotCancellableErrorType)))
            .Description(CancelDescription)
            .DeprecationReason("Use `cancelCrawl`.")
            .Argument(MutationTypes.Input<CancelScrapeInput>("CancelScrape", i => i.Field<NonNullGraphType<IdGraphType>>("scrapeId")), "input")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<CancelScrapeInput>("input").Id;
                var outcome = GlobalId.KeyOf(id, ScrapeType.TypeName) is { } key
                    ? await c.RequestServices!.GetRequiredService<ScrapeService>().CancelAsync(key, c.CancellationToken)
                    : new ScrapeCancel.NotFound();
                return outcome switch
                {
                    ScrapeCancel.Cancelled(var scrape) => new ScrapePayload(scrape),
                    ScrapeCancel.AlreadyEnded(var scrape) =>
                        new ScrapePayload(null, [new ScrapeNotCancellableError($"The crawl has already ended ({scrape.Status.Describe()}).", scrape)]),
                    _ => new ScrapePayload(null, [new ScrapeNotFoundError($"No crawl has the ID `{id}`.", id)]),
                };
            });

        AddCrawlNames(mutation, startScrape.FieldType, cancelScrape.FieldType);
    }

    private const string StartDescription = "Queues a crawl of an account's followers and/or following, adding the account if it is not tracked yet. Returns at once.";

    private const string CancelDescription = "Stops a queued or running crawl within the page it is on. Nothing it fetched counts: nobody is marked new or lost.";

    private static IGraphType StartInput(string mutation) => MutationTypes.Input<StartScrapeInput>(mutation, i =>
    {
        i.Field<NonNullGraphType<StringGraphType>>("target").Description("A username, @username or instagram.com profile URL.");
        i.Field<BooleanGraphType>("followers").DefaultValue(true);
        i.Field<BooleanGraphType>("following").DefaultValue(true);
        i.Field<BooleanGraphType>("usePrivateSession").DefaultValue(true)
            .Description("Crawl with your own logged-in session (needed for private accounts you follow). Instagram shows lists only to logged-in sessions, so this is the only mode today.");
        i.Field<BooleanGraphType>("forceRefresh").DefaultValue(false)
            .Description("Ask Instagram for everything afresh instead of reusing what crawls of the last day (`Instagram:CacheFor`) fetched.");
    });

    /// <summary>The same mutations under the word the rest of the app uses; the "scrape" ones stay for existing clients.</summary>
    private static void AddCrawlNames(ObjectGraphType mutation, FieldType startScrape, FieldType cancelScrape)
    {
        mutation.Field("startCrawl", CrawlPayloadType("StartCrawl", typeof(InvalidHandleErrorType), typeof(NoListChosenErrorType), typeof(ScrapeAlreadyRunningErrorType)))
            .Description(StartDescription)
            .Argument(StartInput("StartCrawl"), "input")
            .FieldType.Resolver = startScrape.Resolver;
        mutation.Field("cancelCrawl", CrawlPayloadType("CancelCrawl", typeof(ScrapeNotFoundErrorType), typeof(ScrapeNotCancellableErrorType)))
            .Description(CancelDescription)
            .Argument(MutationTypes.Input<CancelScrapeInput>("CancelCrawl", i => i.Field<NonNullGraphType<IdGraphType>>("crawlId")), "input")
            .FieldType.Resolver = cancelScrape.Resolver;
    }

    private static IGraphType CrawlPayloadType(string mutation, params Type[] errorTypes) =>
        MutationTypes.Payload<ScrapePayload>(mutation, p => p.Field<ScrapeType>("crawl").Resolve(c => c.Source.Scrape), errorTypes);

    private static IGraphType ScrapePayloadType(string mutation, params Type[] errorTypes) =>
        MutationTypes.Payload<ScrapePayload>(mutation, p => p.Field<ScrapeType>("scrape").Resolve(c => c.Source.Scrape), errorTypes);
}
