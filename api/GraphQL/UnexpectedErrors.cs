using GraphQL;
using GraphQL.Execution;

namespace InstaIntel.Api.GraphQL;

/// <summary>
/// What an exception no resolver expected becomes: an INTERNAL error that says where to look, logged here once with
/// its stack under the request id it names. GraphQL.NET's own answer ("Error trying to resolve field", with a code
/// made from the exception's type name) tells the user nothing they can act on.
/// </summary>
public static class UnexpectedErrors
{
    public const string Code = "INTERNAL";

    public static Task HandleAsync(UnhandledExceptionContext context)
    {
        // Its message says what to do and holds no secret.
        if (context.OriginalException is Security.VaultException vault)
        {
            context.ErrorMessage = vault.Message;
            return Task.CompletedTask;
        }
        var services = context.ExecutionOptions.RequestServices;
        var requestId = services?.GetService<IHttpContextAccessor>()?.HttpContext?.TraceIdentifier ?? Guid.NewGuid().ToString("N")[..12];
        var answering = context.FieldContext is { } field ? $"`{field.FieldDefinition.Name}`" : "the request";
        services?.GetService<ILoggerFactory>()?.CreateLogger(typeof(UnexpectedErrors).FullName!)
            .LogError(context.OriginalException, "Unexpected error answering {Answering} (request {RequestId})", answering, requestId);
        context.Exception = new ExecutionError($"Something went wrong answering {answering}; the server log has the details (request {requestId}).") { Code = Code };
        return Task.CompletedTask;
    }
}
