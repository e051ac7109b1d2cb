using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Crawls;

public sealed record CrawlPayload(Crawl? Crawl, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public sealed record StartCrawlInput(string Target, bool? Followers, bool? Following, bool? UsePrivateSession, bool? ForceRefresh, bool? InBrowser = null);

public sealed record CancelCrawlInput(string CrawlId);

public sealed class CrawlMutations : ISchemaFeature
{
    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field("startCrawl", PayloadType("StartCrawl", "crawl", StartErrors))
            .Description(StartDescription)
            .Argument(StartInput("StartCrawl"), "input")
            .ResolveAsync(async c => await StartAsync(c, c.GetArgument<StartCrawlInput>("input")));
        mutation.Field("cancelCrawl", PayloadType("CancelCrawl", "crawl", CancelErrors))
            .Description(CancelDescription)
            .Argument(MutationTypes.Input<CancelCrawlInput>("CancelCrawl", i => i.Field<NonNullGraphType<IdGraphType>>("crawlId")), "input")
            .ResolveAsync(async c => await CancelAsync(c, c.GetArgument<CancelCrawlInput>("input").CrawlId));
        DeprecatedScrapeMutations.Add(mutation);
    }

    internal const string StartDescription = "Queues a crawl of an account's followers and/or following, adding the account if it is not tracked yet. Returns at once.";

    internal const string CancelDescription = "Stops a queued or running crawl within the page it is on. Nothing it fetched counts: nobody is marked new or lost.";

    internal static readonly Type[] StartErrors = [typeof(InvalidHandleErrorType), typeof(NoListChosenErrorType), typeof(CrawlAlreadyRunningErrorType)];

    internal static readonly Type[] CancelErrors = [typeof(CrawlNotFoundErrorType), typeof(CrawlNotCancellableErrorType)];

    internal static async Task<CrawlPayload> StartAsync(IResolveFieldContext c, StartCrawlInput input)
    {
        var target = input.Target;
        if (!Handle.TryParse(target, out var username, out var error))
            return new CrawlPayload(null, [new InvalidHandleError(error, target ?? "")]);
        var lists = (input.Followers != false ? CrawlLists.Followers : 0)
            | (input.Following != false ? CrawlLists.Following : 0);
        if (lists == 0) return new CrawlPayload(null, [new NoListChosenError("Choose followers, following or both.")]);

        var services = c.RequestServices!;
        var account = await services.GetRequiredService<AccountService>().AddAsync(username, c.CancellationToken);
        return await services.GetRequiredService<CrawlService>().StartAsync(account.Id, lists, input.ForceRefresh == true, c.CancellationToken, input.InBrowser == true) switch
        {
            CrawlStart.Queued queued => new CrawlPayload(queued.Crawl),
            CrawlStart.AlreadyActive(var active) =>
                new CrawlPayload(null, [new CrawlAlreadyRunningError($"@{username} already has a crawl {active.Status.Describe()}.", active)]),
            var other => throw new InvalidOperationException($"Unexpected start outcome {other}."),
        };
    }

    internal static async Task<CrawlPayload> CancelAsync(IResolveFieldContext c, string id)
    {
        var outcome = GlobalId.KeyOf(id, CrawlType.TypeName) is { } key
            ? await c.RequestServices!.GetRequiredService<CrawlService>().CancelAsync(key, c.CancellationToken)
            : new CrawlCancel.NotFound();
        return outcome switch
        {
            CrawlCancel.Cancelled(var crawl) => new CrawlPayload(crawl),
            CrawlCancel.AlreadyEnded(var crawl) =>
                new CrawlPayload(null, [new CrawlNotCancellableError($"The crawl has already ended ({crawl.Status.Describe()}).", crawl)]),
            _ => new CrawlPayload(null, [new CrawlNotFoundError($"No crawl has the ID `{id}`.", id)]),
        };
    }

    internal static IGraphType StartInput(string mutation) => MutationTypes.Input<StartCrawlInput>(mutation, i =>
    {
        i.Field<NonNullGraphType<StringGraphType>>("target").Description("A username, @username or instagram.com profile URL.");
        i.Field<BooleanGraphType>("followers").DefaultValue(true);
        i.Field<BooleanGraphType>("following").DefaultValue(true);
        i.Field<BooleanGraphType>("usePrivateSession").DefaultValue(true)
            .Description("Crawl with your own logged-in session (needed for private accounts you follow). Instagram shows lists only to logged-in sessions, so this is the only mode today.");
        i.Field<BooleanGraphType>("forceRefresh").DefaultValue(false)
            .Description("Ask Instagram for everything afresh instead of reusing what crawls of the last day (`Instagram:CacheFor`) fetched.");
        i.Field<BooleanGraphType>("inBrowser").DefaultValue(false)
            .Description("Let the browser companion read the lists in your own logged-in browser (source BROWSER): it hears of the crawl, claims it with `claimBrowserCrawl` and submits page by page. No server crawl worker takes it.");
    });

    /// <summary>`{mutation}Payload { {crawlField}, errors }`.</summary>
    internal static IGraphType PayloadType(string mutation, string crawlField, Type[] errorTypes) =>
        MutationTypes.Payload<CrawlPayload>(mutation, p => p.Field<CrawlType>(crawlField).Resolve(c => c.Source.Crawl), errorTypes);
}
