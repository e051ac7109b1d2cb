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
        Field(x => x.Message);
    }
}
