using GraphQL;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>A problem with the HTTP request itself, answered before any GraphQL execution.</summary>
public sealed class RequestError(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    public ExecutionResult ToResult() => new() { Errors = [new ExecutionError(Message) { Code = Code }], Executed = false };
}
