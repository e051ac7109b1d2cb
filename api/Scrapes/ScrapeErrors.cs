using GraphQL.Types;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Scrapes;

public sealed record NoListChosenError(string Message) : IUserError;

public sealed record ScrapeAlreadyRunningError(string Message, Scrape Scrape) : IUserError;

public sealed record ScrapeNotFoundError(string Message, string Id) : IUserError;

public sealed record ScrapeNotCancellableError(string Message, Scrape Scrape) : IUserError;

public sealed class NoListChosenErrorType() : UserErrorType<NoListChosenError>("NoListChosenError", "Neither followers nor following was asked for.");

public sealed class ScrapeAlreadyRunningErrorType : UserErrorType<ScrapeAlreadyRunningError>
{
    public ScrapeAlreadyRunningErrorType() : base("ScrapeAlreadyRunningError", "The account already has a crawl queued or under way.")
    {
        Field<NonNullGraphType<ScrapeType>>("scrape").Resolve(c => c.Source.Scrape).DeprecationReason("Use `crawl`.");
        Field<NonNullGraphType<ScrapeType>>("crawl").Resolve(c => c.Source.Scrape);
    }
}

public sealed class ScrapeNotFoundErrorType : UserErrorType<ScrapeNotFoundError>
{
    public ScrapeNotFoundErrorType() : base("ScrapeNotFoundError")
    {
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

public sealed class ScrapeNotCancellableErrorType : UserErrorType<ScrapeNotCancellableError>
{
    public ScrapeNotCancellableErrorType() : base("ScrapeNotCancellableError", "The crawl has already ended.")
    {
        Field<NonNullGraphType<ScrapeType>>("scrape").Resolve(c => c.Source.Scrape).DeprecationReason("Use `crawl`.");
        Field<NonNullGraphType<ScrapeType>>("crawl").Resolve(c => c.Source.Scrape);
    }
}
