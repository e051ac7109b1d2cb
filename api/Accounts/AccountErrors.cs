using GraphQL.Types;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Accounts;

public sealed record InvalidHandleError(string Message, string Input) : IUserError;

public sealed record AccountNotFoundError(string Message, string Id) : IUserError;

public sealed class InvalidHandleErrorType : ObjectGraphType<InvalidHandleError>
{
    public InvalidHandleErrorType()
    {
        Name = "InvalidHandleError";
        Description = "The target is not an Instagram username, @username or profile URL.";
        Interface<ErrorInterface>();
        IsTypeOf = o => o is InvalidHandleError;
        Field(x => x.Message);
        Field(x => x.Input).Description("What was given.");
    }
}

public sealed class AccountNotFoundErrorType : ObjectGraphType<AccountNotFoundError>
{
    public AccountNotFoundErrorType()
    {
        Name = "AccountNotFoundError";
        Description = "No tracked account has this ID.";
        Interface<ErrorInterface>();
        IsTypeOf = o => o is AccountNotFoundError;
        Field(x => x.Message);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
    }
}
