using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Api.Tokens;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InstaIntel.Tests.Tokens;

/// <summary>
/// The app with no trusted network, so the loopback test client counts as a machine elsewhere on the tailnet, with no
/// unlock cookie; tokens are made through the service, as Settings would, and every log line is kept.
/// </summary>
public sealed class TokenWorld : IDisposable
{
    public AppFactory App { get; }
    public Uri BaseAddress { get; }
    public HttpClient Http { get; }
    public ConcurrentQueue<string> Logs { get; } = new();

    public TokenWorld(Dictionary<string, string>? settings = null, TimeProvider? clock = null)
    {
        var all = new Dictionary<string, string> { ["Security:TrustedNetworks"] = "none" };
        foreach (var (key, value) in settings ?? []) all[key] = value;
        App = AppFactory.With(all, clock: clock, services: s => s.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logs)));
        BaseAddress = App.CreateClient().BaseAddress!;
        Http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = BaseAddress };
    }

    public ApiTokens Tokens => App.Services.GetRequiredService<ApiTokens>();

    public async Task<(ApiToken Token, string Secret)> CreateAsync(params TokenScope[] scopes) =>
        await Tokens.CreateAsync("test " + string.Join('+', scopes), scopes, null, CancellationToken.None);

    public async Task<HttpResponseMessage> PostAsync(string query, string? secret, string accept = "application/json", object? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null) body["variables"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables));
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (secret is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? secret, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (secret is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return await Http.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (await JsonAsync(response))["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    /// <summary>A graphql-ws socket, with the token in the upgrade's Authorization header when given.</summary>
    public async Task<ClientWebSocket> ConnectAsync(string? headerSecret = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        if (headerSecret is not null) socket.Options.SetRequestHeader("Authorization", "Bearer " + headerSecret);
        await socket.ConnectAsync(new UriBuilder(BaseAddress) { Scheme = "ws", Path = "/graphql" }.Uri, CancellationToken.None);
        return socket;
    }

    public void Dispose()
    {
        Http.Dispose();
        App.Dispose();
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
