using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using InstaIntel.Api.GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Tokens;

/// <summary>The `GraphQL:OnlyPersistedOperations` setting (the rest of the `GraphQL` section is <see cref="GraphQLLimits"/>).</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>When true, API tokens may run only the web client's own operations (the manifest), never a document of their own.</summary>
    public bool OnlyPersistedOperations { get; set; }

    /// <summary>Where the manifest is read from; default `persisted-operations.json` beside the app.</summary>
    public string? PersistedOperationsFile { get; set; }
}

/// <summary>
/// Operations sent by hash (`extensions.persistedQuery.sha256Hash`). Trusted documents come from the web client's
/// build (`client/persisted-operations.json`, hash → document, copied beside the app); any other client may register
/// a document the automatic-persisted-queries way: a hash alone that is unknown answers `PERSISTED_QUERY_NOT_FOUND`,
/// and the client sends it again with the document, whose SHA-256 must match. With `GraphQL:OnlyPersistedOperations`
/// a token may run trusted documents only; the dashboard, GraphiQL and other unlocked or trusted clients are not affected.
/// Each caller (a token, or a client address) registers into its own registry, so no client can flush another's.
/// </summary>
public sealed class PersistedOperations
{
    /// <summary>Documents one caller's registry keeps; past it that caller's oldest registrations are forgotten.</summary>
    public const int MaxRegistered = 1000;
    /// <summary>Callers whose registries are kept; past it the registry made longest ago is forgotten.</summary>
    public const int MaxCallers = 100;

    private readonly IReadOnlyDictionary<string, string> trusted;
    private readonly ConcurrentDictionary<string, Registry> registries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> callerOrder = new();
    private readonly IOptionsMonitor<PersistedOperationOptions> options;

    public PersistedOperations(IOptionsMonitor<PersistedOperationOptions> options, ILogger<PersistedOperations> log)
    {
        this.options = options;
        var file = options.CurrentValue.PersistedOperationsFile ?? Path.Combine(AppContext.BaseDirectory, "persisted-operations.json");
        trusted = File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [] : new Dictionary<string, string>();
        log.LogInformation("{Count} trusted GraphQL documents from {File}", trusted.Count, file);
    }

    public int TrustedCount => trusted.Count;

    public static bool Names(Inputs? extensions) => HashIn(extensions) is not null;

    /// <summary>The request with its document filled in from its hash, or a <see cref="RequestError"/> saying why not.</summary>
    public GraphQLRequest Resolve(GraphQLRequest request, ClaimsPrincipal? user, string caller)
    {
        var hash = HashIn(request.Extensions);
        var tokenOnlyTrusted = options.CurrentValue.OnlyPersistedOperations && TokenGate.IsToken(user);
        if (hash is null)
        {
            if (tokenOnlyTrusted && !trusted.ContainsKey(Sha256(request.Query ?? "")))
                throw new RequestError(403, "PERSISTED_QUERY_REQUIRED",
                    "This server runs only the web client's persisted operations for API tokens (GraphQL:OnlyPersistedOperations): send `extensions.persistedQuery.sha256Hash` of one of them.");
            return request;
        }
        if (string.IsNullOrEmpty(request.Query))
        {
            var document = trusted.GetValueOrDefault(hash) ?? (tokenOnlyTrusted ? null : registries.GetValueOrDefault(CallerKey(user, caller))?.Find(hash));
            if (document is null) throw new RequestError(200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
            return With(request, document);
        }
        if (!string.Equals(Sha256(request.Query), hash, StringComparison.OrdinalIgnoreCase))
            throw new RequestError(400, "PERSISTED_QUERY_HASH_MISMATCH", "`extensions.persistedQuery.sha256Hash` is not the SHA-256 (hex) of the query sent with it.");
        if (trusted.ContainsKey(hash)) return request;
        if (tokenOnlyTrusted)
            throw new RequestError(403, "PERSISTED_QUERY_REQUIRED", "This server runs only the web client's persisted operations for API tokens (GraphQL:OnlyPersistedOperations).");
        RegistryOf(CallerKey(user, caller)).Add(hash, request.Query);
        return request;
    }

    /// <summary>A token by its id, any other client by its address.</summary>
    private static string CallerKey(ClaimsPrincipal? user, string caller) =>
        user?.FindFirst(TokenGate.TokenIdClaim)?.Value is { } tokenId ? "token:" + tokenId : "client:" + caller;

    private Registry RegistryOf(string key)
    {
        if (registries.TryGetValue(key, out var registry)) return registry;
        registry = registries.GetOrAdd(key, _ => new Registry());
        callerOrder.Enqueue(key);
        while (registries.Count > MaxCallers && callerOrder.TryDequeue(out var oldest)) registries.TryRemove(oldest, out _);
        return registry;
    }

    private sealed class Registry
    {
        private readonly ConcurrentDictionary<string, string> documents = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> order = new();

        public string? Find(string hash) => documents.GetValueOrDefault(hash);

        public void Add(string hash, string document)
        {
            if (!documents.TryAdd(hash, document)) return;
            order.Enqueue(hash);
            while (documents.Count > MaxRegistered && order.TryDequeue(out var oldest)) documents.TryRemove(oldest, out _);
        }
    }

    public static string Sha256(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static string? HashIn(Inputs? extensions) =>
        extensions?.TryGetValue("persistedQuery", out var value) == true && value is IDictionary<string, object?> persisted
        && persisted.TryGetValue("sha256Hash", out var hash) && hash is string { Length: > 0 } text ? text : null;

    private static GraphQLRequest With(GraphQLRequest request, string document) => new()
    {
        Query = document,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
    };
}
