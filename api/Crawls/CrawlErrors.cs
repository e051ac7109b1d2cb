using GraphQL.Types;
using InstaIntel.Api.GraphQL;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Crawls;

public sealed record NoListChosenError(string Message) : IUserError;

public sealed record CrawlAlreadyRunningError(string Message, Crawl Crawl) : IUserError;

public sealed record CrawlNotFoundError(string Message, string Id) : IUserError;

public sealed record CrawlNotCancellableError(string Message, Crawl Crawl) : IUserError;

public sealed class NoListChosenErrorType() : UserErrorType<NoListChosenError>("NoListChosenError", "Neither followers nor following was asked for.");

public sealed class CrawlAlreadyRunningErrorType : UserErrorType<CrawlAlreadyRunningError>
{
    public CrawlAlreadyRunningErrorType() : base("CrawlAlreadyRunningError", "The account already has a crawl queued or under way.")
    {
        Field<NonNullGraphType<CrawlType>>("crawl").Description("The crawl already running.").Resolve(c => c.Source.Crawl);
        this.AddDeprecatedAlias("scrape", "crawl");
    }
}

public sealed class CrawlNotFoundErrorType : UserErrorType<CrawlNotFoundError>
{
    public CrawlNotFoundErrorType() : base("CrawlNotFoundError", "No crawl has the ID given.")
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
    }
}

public sealed class CrawlNotCancellableErrorType : UserErrorType<CrawlNotCancellableError>
{
    public CrawlNotCancellableErrorType() : base("CrawlNotCancellableError", "The crawl has already ended.")
    {
        Field<NonNullGraphType<CrawlType>>("crawl").Description("The crawl, which has ended.").Resolve(c => c.Source.Crawl);
        this.AddDeprecatedAlias("scrape", "crawl");
    }
}
