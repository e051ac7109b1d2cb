using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using InstaIntel.Api.GraphQL.Paging;
using InstaIntel.Api.GraphQL.Transport;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InstaIntel.Api.GraphQL;

public static class GraphQLSetup
{
    /// <summary>The schema, its executer with the limits of `GraphQL:*`, and the HTTP, WebSocket and SSE transports.</summary>
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("GraphQL").Get<GraphQLLimits>() ?? new GraphQLLimits();
        services.Configure<GraphQLLimits>(configuration.GetSection("GraphQL"));
        services.Configure<PagingOptions>(configuration.GetSection("Paging"));
        services.AddSingleton<NamedTypes>();
        services.AddScoped<Batching.BatchLoaders>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddSingleton<EventStreamTransport>();
        services.AddSingleton<WebSocketTransport>();
        services.AddGraphQL(b => b
            .AddSchema<AppSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(AppSchema).Assembly)
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy<SubscriptionExecutionStrategy>(OperationType.Subscription)
            .AddErrorInfoProvider<AppErrorInfoProvider>()
            .AddValidationRule<Security.DocumentLimitsRule>()
            .AddValidationRule<Tokens.ScopeRule>()
            .AddSchemaVisitor<SchemaDescriptions>()
            .AddUnhandledExceptionHandler(UnexpectedErrors.HandleAsync)
            .AddComplexityAnalyzer(o =>
            {
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
                o.CostIntrospectionBySchema();
            })
            .WithTimeout(limits.Timeout));
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator, Security.SizeLimitedDocumentValidator>());
        return services;
    }

    public static void MapGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/graphql", ["GET", "POST", "PUT", "DELETE", "PATCH"], async (HttpContext http) =>
        {
            if (http.WebSockets.IsWebSocketRequest)
            {
                await http.RequestServices.GetRequiredService<WebSocketTransport>().HandleAsync(http);
                return;
            }
            if (HttpMethods.IsGet(http.Request.Method) && http.Request.Query.ContainsKey("sdl"))
            {
                await WriteSdlAsync(http);
                return;
            }
            if (GraphiQLPage.Wanted(http.Request))
            {
                await GraphiQLPage.ServeAsync(http);
                return;
            }
            await http.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(http);
        });
        app.MapGet("/graphql/schema.graphql", WriteSdlAsync);
        app.MapGet("/schema.graphql", WriteSdlAsync);
    }

    private static Task WriteSdlAsync(HttpContext http)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(PrintSchema(http.RequestServices.GetRequiredService<AppSchema>()));
    }

    public static string PrintSchema(AppSchema schema) => schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
}
