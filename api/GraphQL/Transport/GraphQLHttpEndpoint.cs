using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InstaIntel.Api.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP (GET for queries, POST with a JSON body) as the GraphQL-over-HTTP draft and the graphql-http
/// audits describe it. A POST must be `application/json`, which browsers cannot send cross-site without a preflight,
/// or a multipart request with files that carries a preflight-only header (<see cref="MultipartRequests"/>); GET never
/// runs anything but a query: together they keep state-changing requests out of CSRF's reach.
/// </summary>
public sealed class GraphQLHttpEndpoint(IDocumentExecuter<AppSchema> executer, IGraphQLTextSerializer serializer, IOptions<GraphQLLimits> limits,
    EventStreamTransport eventStream, Tokens.PersistedOperations persisted)
{
    public async Task HandleAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.CacheControl = "no-store";

        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !HttpMethods.IsPost(http.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, POST";
            return;
        }

        var streaming = EventStreamTransport.Wanted(http.Request);
        var mediaType = streaming ? MediaTypes.Json : MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }

        ExecutionResult result;
        try
        {
            var request = persisted.Resolve(isGet ? FromQueryString(http.Request.Query) : await FromBodyAsync(http.Request), http.User, Security.UnlockRateLimits.ClientKey(http));
            var document = Parse(request.Query);
            var operation = document is null ? null : SelectOperation(document, request.OperationName);
            // GET never changes state; a subscription over GET is fine only as an event stream.
            if (isGet && (operation is OperationType.Mutation || (operation is OperationType.Subscription && !streaming)))
                throw new RequestError(405, "METHOD_NOT_ALLOWED", "Only query operations allowed for GET requests.");
            if (streaming)
            {
                await eventStream.HandleAsync(http, request, document);
                return;
            }
            if (operation == OperationType.Subscription)
                throw new RequestError(400, "SUBSCRIPTION_OVER_HTTP",
                    "Subscriptions are served over WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream).");

            result = await executer.ExecuteAsync(request, document, http.RequestServices, http.User, http.RequestAborted);
            response.StatusCode = !result.Executed && mediaType == MediaTypes.GraphQLResponse ? 400
                : result.Errors?.Any(e => e.Code == "TIMEOUT") == true && result.Data is null && mediaType == MediaTypes.GraphQLResponse ? 503
                : 200;
        }
        catch (RequestError error)
        {
            if (error.Status == StatusCodes.Status405MethodNotAllowed) response.Headers.Allow = "POST";
            response.StatusCode = error.Status;
            result = error.ToResult();
        }

        response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(response.Body, result, http.RequestAborted);
    }

    private GraphQLRequest FromQueryString(IQueryCollection query)
    {
        string? Value(string name) => query.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v) ? v.ToString() : null;
        var extensions = JsonMap<Inputs>(Value("extensions"), "extensions");
        return new GraphQLRequest
        {
            Query = Value("query") ?? (Tokens.PersistedOperations.Names(extensions) ? "" : throw new RequestError(400, "QUERY_MISSING", "The `query` parameter is missing.")),
            OperationName = Value("operationName"),
            Variables = JsonMap<Inputs>(Value("variables"), "variables"),
            Extensions = extensions,
        };
    }

    private async Task<GraphQLRequest> FromBodyAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
            throw new RequestError(415, "INVALID_CONTENT_TYPE", "POST requests must have the content type application/json.");
        if (MultipartRequests.Is(contentType))
        {
            var (operations, files) = await MultipartRequests.ReadAsync(request, contentType, limits.Value.MaxRequestBytes);
            var withoutFiles = FromJson(operations);
            return new GraphQLRequest
            {
                Query = withoutFiles.Query,
                OperationName = withoutFiles.OperationName,
                Variables = MultipartRequests.WithFiles(withoutFiles.Variables, files),
                Extensions = withoutFiles.Extensions,
            };
        }
        if (!string.Equals(contentType.MediaType.Value, MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            throw new RequestError(415, "INVALID_CONTENT_TYPE", "POST requests must have the content type application/json (or multipart/form-data to send files).");
        if (contentType.Charset.Value is { } charset && !charset.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw new RequestError(415, "INVALID_CONTENT_TYPE", $"The charset {charset} is not supported; send UTF-8.");

        var body = await ReadLimitedAsync(request, limits.Value.MaxRequestBytes);
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxJsonDepth }).RootElement;
        }
        catch (JsonException)
        {
            throw new RequestError(400, "JSON_INVALID", $"The request body is not valid JSON, or nests deeper than {MaxJsonDepth} levels.");
        }
        return FromJson(root);
    }

    /// <summary>System.Text.Json's default, stated here so that the error can name it.</summary>
    private const int MaxJsonDepth = 64;

    private GraphQLRequest FromJson(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
            throw new RequestError(400, "BATCHED_REQUESTS_NOT_SUPPORTED", "Batched requests are not supported.");
        if (root.ValueKind != JsonValueKind.Object)
            throw new RequestError(400, "JSON_INVALID", "The request body must be a JSON object.");

        try
        {
            var extensions = Property(root, "extensions", JsonValueKind.Object) is { } given ? serializer.Deserialize<Inputs>(given.GetRawText()) : null;
            return new GraphQLRequest
            {
                Query = Property(root, "query", JsonValueKind.String)?.GetString()
                    ?? (Tokens.PersistedOperations.Names(extensions) ? "" : throw new RequestError(400, "QUERY_MISSING", "The request has no `query` string.")),
                OperationName = Property(root, "operationName", JsonValueKind.String)?.GetString(),
                Variables = Property(root, "variables", JsonValueKind.Object) is { } variables ? serializer.Deserialize<Inputs>(variables.GetRawText()) : null,
                Extensions = extensions,
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw NotJson(e, "The request body");
        }
    }

    /// <summary>
    /// JSON that parses can still fail to become strings: an escaped lone surrogate such as "\ud800" is not UTF-16
    /// text, and System.Text.Json says so only when the string is read.
    /// </summary>
    private static RequestError NotJson(Exception e, string what) =>
        e is InvalidOperationException || e.InnerException is InvalidOperationException
            ? new(400, "JSON_INVALID", $"{what} is not valid JSON text: a string holds an unpaired UTF-16 surrogate escape (such as \\ud800 alone).")
            : new(400, "JSON_INVALID", $"{what} is not valid JSON.");

    /// <summary>A body property of the expected JSON kind; absent and null are the same; any other kind is a 400.</summary>
    private static JsonElement? Property(JsonElement root, string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != kind)
            throw new RequestError(400, "JSON_INVALID", $"`{name}` must be a JSON {kind.ToString().ToLowerInvariant()}.");
        return value;
    }

    private T? JsonMap<T>(string? json, string name) where T : class
    {
        if (json is null) return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new JsonException();
            return serializer.Deserialize<T>(json);
        }
        catch (JsonException e) when (e.InnerException is not InvalidOperationException)
        {
            throw new RequestError(400, "JSON_INVALID", $"The `{name}` parameter must be a JSON object.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw NotJson(e, $"The `{name}` parameter");
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength > limit) throw TooLarge(limit);
        try
        {
            return await BoundedRead.ReadAsync(request.Body, limit, () => TooLarge(limit), request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limit);
        }
    }

    private static RequestError TooLarge(int limit) =>
        new(413, "REQUEST_TOO_LARGE", $"The request body is larger than {limit / 1024} KiB.");

    /// <summary>The parsed document, or null when there is none or it does not parse (execution then reports why).</summary>
    private GraphQLDocument? Parse(string? query)
    {
        if (query is null) return null;
        try
        {
            return Parser.Parse(query, new ParserOptions { MaxDepth = limits.Value.MaxParserDepth });
        }
        catch (GraphQLParserException)
        {
            return null;
        }
    }

    private static OperationType? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation;
    }
}

public sealed class GraphQLLimits
{
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
    public int MaxDepth { get; set; } = 15;
    public int MaxComplexity { get; set; } = 20_000;
    public int MaxParserDepth { get; set; } = 128;
    public int MaxAliases { get; set; } = 30;
    public int MaxFragments { get; set; } = 30;
    public int MaxFields { get; set; } = 1000;
    /// <summary>Syntax nodes (names, selections, arguments, values…) in one document: what every validation rule walks.</summary>
    public int MaxNodes { get; set; } = 20_000;
    public int MaxDirectives { get; set; } = 100;
    public int MaxArguments { get; set; } = 500;
    public int MaxVariables { get; set; } = 100;
    public int MaxErrors { get; set; } = 100;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    public int MaxWebSocketMessageBytes { get; set; } = 64 * 1024;
    public int MaxOperationsPerSocket { get; set; } = 50;
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan EventStreamKeepAlive { get; set; } = TimeSpan.FromSeconds(12);
    /// <summary>Messages a socket or event stream may have waiting to be sent; a client that lets more pile up is closed (see <see cref="CloseCodes.TooSlow"/>).</summary>
    public int SendQueue { get; set; } = 256;
    /// <summary>How long a send to a client that stopped reading may hang once its queue has overflowed, before the connection is cut.</summary>
    public TimeSpan StuckSendTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>How often a quiet event stream checks that its unlock or token still holds.</summary>
    public TimeSpan AccessCheck { get; set; } = TimeSpan.FromSeconds(1);
}
