using GraphQL.Types;
using InstaIntel.Api.GraphQL.Errors;

namespace InstaIntel.Api.Accounts;

public sealed record InvalidHandleError(string Message, string Input) : IUserError;

public sealed record AccountNotFoundError(string Message, string Id) : IUserError;

public sealed class InvalidHandleErrorType : UserErrorType<InvalidHandleError>
{
    public InvalidHandleErrorType() : base("InvalidHandleError", "The target is not an Instagram username, @username or profile URL.")
    {
        Field(x => x.Input).Description("What was given.");
    }
}

public sealed class AccountNotFoundErrorType : UserErrorType<AccountNotFoundError>
{
    public AccountNotFoundErrorType() : base("AccountNotFoundError", "No tracked account has this ID.")
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The ID given.").Resolve(c => c.Source.Id);
    }
}
