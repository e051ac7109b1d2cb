using GraphQLParser.AST;

namespace InstaIntel.Api.Tokens;

/// <summary>
/// The scope each root field needs from a token. Queries and subscriptions read, except the few that show how the
/// server is administered; mutations that change what is tracked or crawled need `crawl`; every other mutation,
/// including any added later and not listed here, needs `admin`.
/// </summary>
public static class RootFieldScopes
{
    private static readonly HashSet<string> AdminQueries = ["apiTokens", "instagramSessions", "backups", "pendingRestore"];

    private static readonly HashSet<string> CrawlMutations =
    [
        "addAccount", "deleteAccount", "bookmarkAccount", "setLostReasonChecks", "startCrawl", "cancelCrawl", "startScrape", "cancelScrape",
        "runRefreshNow", "ignoreProfiles", "markChangesReviewed", "importDataExport",
        "claimBrowserCrawl", "submitBrowserPage", "reportBrowserStop", "resumeBrowserCrawl",
    ];

    public static TokenScope For(OperationType operation, string field) => operation switch
    {
        OperationType.Mutation => CrawlMutations.Contains(field) ? TokenScope.Crawl : TokenScope.Admin,
        _ => AdminQueries.Contains(field) ? TokenScope.Admin : TokenScope.Read,
    };
}
