using GraphQL.Types;

namespace InstaIntel.Api.GraphQL.Errors;

/// <summary>A typed mutation error, exposed in a payload's `errors` list (HotChocolate's mutation conventions).</summary>
public interface IUserError
{
    string Message { get; }
}

public sealed class ErrorInterface : InterfaceGraphType<IUserError>
{
    public ErrorInterface()
    {
        Name = "Error";
        Description = "A typed error of a mutation's payload: `message` says what happened and what to do.";
        Field(x => x.Message).Description("What went wrong, and what to do about it.");
    }
}

/// <summary>The common part of every typed error: it implements `Error`, has a message and resolves by CLR type.</summary>
public abstract class UserErrorType<TError> : ObjectGraphType<TError> where TError : IUserError
{
    protected UserErrorType(string name, string? description = null)
    {
        Name = name;
        Description = description;
        Interface<ErrorInterface>();
        IsTypeOf = o => o is TError;
        Field(x => x.Message);
    }
}
