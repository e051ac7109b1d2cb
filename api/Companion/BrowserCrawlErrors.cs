using GraphQL.Types;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Companion;

public sealed record NotABrowserCrawlError(string Message, Crawl Crawl) : IUserError;

public sealed record CrawlClaimedElsewhereError(string Message, Crawl Crawl) : IUserError;

public sealed record BrowserCrawlStateError(string Message, Crawl Crawl) : IUserError;

public sealed record PageOutOfOrderError(string Message, string? ExpectedCursor, bool ListDone) : IUserError;

public sealed record InvalidPageError(string Message, string Field) : IUserError;

public sealed class NotABrowserCrawlErrorType : UserErrorType<NotABrowserCrawlError>
{
    public NotABrowserCrawlErrorType() : base("NotABrowserCrawlError", "The crawl is the server's, not one for the browser companion (source BROWSER).") =>
        Field<NonNullGraphType<CrawlType>>("crawl").Description("The crawl as it is now.").Resolve(c => c.Source.Crawl);
}

public sealed class CrawlClaimedElsewhereErrorType : UserErrorType<CrawlClaimedElsewhereError>
{
    public CrawlClaimedElsewhereErrorType() : base("CrawlClaimedElsewhereError", "Another browser companion (another API token) holds the crawl.") =>
        Field<NonNullGraphType<CrawlType>>("crawl").Description("The crawl as it is now.").Resolve(c => c.Source.Crawl);
}

public sealed class BrowserCrawlStateErrorType : UserErrorType<BrowserCrawlStateError>
{
    public BrowserCrawlStateErrorType() : base("BrowserCrawlStateError",
        "The crawl's status does not allow this step: it has ended, waits for the user to resume it, or was not claimed first.") =>
        Field<NonNullGraphType<CrawlType>>("crawl").Description("The crawl as it is now.").Resolve(c => c.Source.Crawl);
}

public sealed class PageOutOfOrderErrorType : UserErrorType<PageOutOfOrderError>
{
    public PageOutOfOrderErrorType() : base("PageOutOfOrderError", "The page is not the one the list goes on with; nothing was stored.")
    {
        Field(x => x.ExpectedCursor, nullable: true).Description("The cursor the list goes on from (null: from its first page).");
        Field(x => x.ListDone).Description("The list's last page is in already.");
    }
}

public sealed class InvalidPageErrorType : UserErrorType<InvalidPageError>
{
    public InvalidPageErrorType() : base("InvalidPageError", "The page is not one Instagram could have sent; nothing was stored.") =>
        Field(x => x.Field).Description("The input field at fault: `users`, `cursor`, `nextCursor`, `targetPk`, `expected` or `list`.");
}
