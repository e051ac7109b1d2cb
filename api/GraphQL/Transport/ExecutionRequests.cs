using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.GraphQL.Transport;

public static class ExecutionRequests
{
    /// <summary>Runs one GraphQL request the same way for every transport.</summary>
    public static async Task<ExecutionResult> ExecuteAsync(this IDocumentExecuter<AppSchema> executer, GraphQLRequest request,
        GraphQLDocument? document, IServiceProvider services, ClaimsPrincipal? user, CancellationToken ct)
    {
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = services;
            options.User = user;
            options.CancellationToken = ct;
        });
        LeaveOutErrorsPast(result, services.GetRequiredService<IOptions<GraphQLLimits>>().Value.MaxErrors);
        return result;
    }

    /// <summary>A thousand unknown fields are a thousand errors: the first few say as much as all of them.</summary>
    private static void LeaveOutErrorsPast(ExecutionResult result, int max)
    {
        // Validation stops itself at the cap and says so in one more error (Security.ValidationWatch).
        if (result.Errors is not { } errors || errors.Count <= max || errors[max].Code == Security.ValidationWatch.TooManyErrors) return;
        var kept = new ExecutionErrors();
        kept.AddRange(errors.Take(max));
        kept.Add(new ExecutionError($"{errors.Count - max} more errors were left out.") { Code = Security.ValidationWatch.TooManyErrors });
        result.Errors = kept;
    }
}
