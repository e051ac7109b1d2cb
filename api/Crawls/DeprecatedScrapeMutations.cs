using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Crawls;

/// <summary>
/// `startScrape` and `cancelScrape`, the mutations' first names, with their own input and payload types so existing
/// documents keep validating. They forward to <see cref="CrawlMutations"/> and go away after
/// <see cref="DeprecatedAliases.RemovedAfter"/>.
/// </summary>
internal static class DeprecatedScrapeMutations
{
    private sealed record CancelScrapeInput(string ScrapeId);

    public static void Add(ObjectGraphType mutation)
    {
        mutation.Field("startScrape", CrawlMutations.PayloadType("StartScrape", "scrape", CrawlMutations.StartErrors))
            .Description(CrawlMutations.StartDescription)
            .DeprecationReason(DeprecatedAliases.Reason("startCrawl"))
            .Argument(CrawlMutations.StartInput("StartScrape"), "input")
            .ResolveAsync(async c => await CrawlMutations.StartAsync(c, c.GetArgument<StartCrawlInput>("input")));
        mutation.Field("cancelScrape", CrawlMutations.PayloadType("CancelScrape", "scrape", CrawlMutations.CancelErrors))
            .Description(CrawlMutations.CancelDescription)
            .DeprecationReason(DeprecatedAliases.Reason("cancelCrawl"))
            .Argument(MutationTypes.Input<CancelScrapeInput>("CancelScrape", i => i.Field<NonNullGraphType<IdGraphType>>("scrapeId")), "input")
            .ResolveAsync(async c => await CrawlMutations.CancelAsync(c, c.GetArgument<CancelScrapeInput>("input").ScrapeId));
    }
}
