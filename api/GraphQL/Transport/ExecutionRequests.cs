using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;

namespace InstaIntel.Api.GraphQL.Transport;

public static class ExecutionRequests
{
    /// <summary>Runs one GraphQL request the same way for every transport.</summary>
    public static Task<ExecutionResult> ExecuteAsync(this IDocumentExecuter<AppSchema> executer, GraphQLRequest request,
        GraphQLDocument? document, IServiceProvider services, ClaimsPrincipal? user, CancellationToken ct) =>
        executer.ExecuteAsync(options =>
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
}
