using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL.Errors;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Scrapes;

public sealed record ScrapePayload(Scrape? Scrape, IReadOnlyList<IUserError>? Errors = null) : IPayload;

public static class ScrapeMutations
{
    public static void Register(ObjectGraphType mutation)
    {
        mutation.Field("startScrape", ScrapePayloadType("StartScrape", typeof(InvalidHandleErrorType), typeof(NoListChosenErrorType), typeof(ScrapeAlreadyRunningErrorType)))
            .Description("Queues a crawl of an account's followers and/or following, adding the account if it is not tracked yet. Returns at once.")
            .Argument(MutationTypes.Input("StartScrape", i =>
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
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var target = input["target"] as string;
                if (!Handle.TryParse(target, out var username, out var error))
                    return new ScrapePayload(null, [new InvalidHandleError(error, target ?? "")]);
                var lists = (input.GetValueOrDefault("followers") as bool? != false ? ScrapeLists.Followers : 0)
                    | (input.GetValueOrDefault("following") as bool? != false ? ScrapeLists.Following : 0);
                if (lists == 0) return new ScrapePayload(null, [new NoListChosenError("Choose followers, following or both.")]);

                var services = c.RequestServices!;
                var account = await services.GetRequiredService<AccountService>().AddAsync(username, c.CancellationToken);
                var forceRefresh = input.GetValueOrDefault("forceRefresh") as bool? == true;
                return await services.GetRequiredService<ScrapeService>().StartAsync(account.Id, lists, forceRefresh, c.CancellationToken) switch
                {
                    ScrapeStart.Queued queued => new ScrapePayload(queued.Scrape),
                    ScrapeStart.AlreadyActive(var active) =>
                        new ScrapePayload(null, [new ScrapeAlreadyRunningError($"@{username} already has a crawl {active.Status.Describe()}.", active)]),
                    var other => throw new InvalidOperationException($"Unexpected start outcome {other}."),
                };
            });

        mutation.Field("cancelScrape", ScrapePayloadType("CancelScrape", typeof(ScrapeNotFoundErrorType), typeof(ScrapeNotCancellableErrorType)))
            .Description("Stops a queued or running crawl within the page it is on. Nothing it fetched counts: nobody is marked new or lost.")
            .Argument(MutationTypes.Input("CancelScrape", i => i.Field<NonNullGraphType<IdGraphType>>("scrapeId")), "input")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Dictionary<string, object?>>("input")["scrapeId"]?.ToString() ?? "";
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
    }

    private static IGraphType ScrapePayloadType(string mutation, params Type[] errorTypes) =>
        MutationTypes.Payload<ScrapePayload>(mutation, p => p.Field<ScrapeType>("scrape").Resolve(c => c.Source.Scrape), errorTypes);
}
