using GraphQL.Types;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Scrapes;

public sealed record NoListChosenError(string Message) : IUserError;

public sealed record ScrapeAlreadyRunningError(string Message, Scrape Scrape) : IUserError;

public sealed record ScrapeNotFoundError(string Message, string Id) : IUserError;

public sealed record ScrapeNotCancellableError(string Message, Scrape Scrape) : IUserError;

public sealed class NoListChosenErrorType : ObjectGraphType<NoListChosenError>
{
    public NoListChosenErrorType()
    {
        Name = "NoListChosenError";
        Description = "Neither followers nor following was asked for.";
        Interface<GraphQL.Errors.ErrorInterface>();
        IsTypeOf = o => o is NoListChosenError;
        Field(x => x.Message);
    }
}

public sealed class ScrapeAlreadyRunningErrorType : ObjectGraphType<ScrapeAlreadyRunningError>
{
    public ScrapeAlreadyRunningErrorType()
    {
        Name = "ScrapeAlreadyRunningError";
        Description = "The account already has a crawl queued or under way.";
        Interface<GraphQL.Errors.ErrorInterface>();
        IsTypeOf = o => o is ScrapeAlreadyRunningError;
        Field(x => x.Message);
        Field<NonNullGraphType<ScrapeType>>("scrape").Resolve(c => c.Source.Scrape);
    }
}

public sealed class ScrapeNotFoundErrorType : ObjectGraphType<ScrapeNotFoundError>
{
    public ScrapeNotFoundErrorType()
    {
        Name = "ScrapeNotFoundError";
        Interface<GraphQL.Errors.ErrorInterface>();
        IsTypeOf = o => o is ScrapeNotFoundError;
        Field(x => x.Message);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}

public sealed class ScrapeNotCancellableErrorType : ObjectGraphType<ScrapeNotCancellableError>
{
    public ScrapeNotCancellableErrorType()
    {
        Name = "ScrapeNotCancellableError";
        Description = "The crawl has already ended.";
        Interface<GraphQL.Errors.ErrorInterface>();
        IsTypeOf = o => o is ScrapeNotCancellableError;
        Field(x => x.Message);
        Field<NonNullGraphType<ScrapeType>>("scrape").Resolve(c => c.Source.Scrape);
    }
}
