using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InstaIntel.Tests.Security;

/// <summary>
/// Log in with a password, crawl, export and back up with every log category at Trace; then the password and the
/// session value must appear nowhere: not in any file of the data folder (database, WAL, backups unpacked), not in
/// the logs, not in any response.
/// </summary>
// Not in the PostgreSQL run (scripts/test): it searches the SQLite file and its backups byte by byte.
public sealed class SecretLeakTests
{
    [Fact]
    public async Task After_a_crawl_the_session_and_password_are_nowhere_but_in_the_encrypted_vault()
    {
        await using var simulator = await SimulatorHost.StartAsync();
        var settings = AppFactory.Crawling(simulator);
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "System.Net.Http.HttpClient", "Microsoft.Hosting.Lifetime" })
            settings[$"Logging:LogLevel:{category}"] = "Trace";
        var logs = new CapturingLoggerProvider();
        var app = AppFactory.With(settings, services: s => s.AddSingleton<ILoggerProvider>(logs));
        app.KeepDataFolder = true;
        var responses = new ConcurrentQueue<string>();
        var graphql = new GraphQLClient(new HttpClient(new RecordingHandler(responses)) { BaseAddress = app.CreateClient().BaseAddress });
        string sessionId;
        try
        {
            var login = await graphql.DataAsync("mutation($u: String!, $p: String!) { logIn(input: { username: $u, password: $p }) { session { connected userId } } }",
                new { u = "demo", p = Sessions.Password });
            Assert.True(login["logIn"]!["session"]!["connected"]!.GetValue<bool>());
            sessionId = (await app.Services.GetRequiredService<ICredentialStore>().GetSessionAsync(CancellationToken.None))!.SessionId;

            var id = (await graphql.DataAsync("mutation { startCrawl(input: { target: \"demo_private\" }) { crawl { id } } }"))["startCrawl"]!["crawl"]!["id"]!.GetValue<string>();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            string status;
            do
            {
                await Task.Delay(50);
                status = (await graphql.DataAsync("query($id: ID!) { crawl(id: $id) { status error } instagramSession { connected userId } }", new { id }))["crawl"]!["status"]!.GetValue<string>();
            } while (status is not ("SUCCEEDED" or "FAILED" or "CANCELLED") && DateTime.UtcNow < deadline);
            Assert.Equal("SUCCEEDED", status);

            using var export = await graphql.Http.GetAsync("/exports/demo_private/followers.csv");
            Assert.Contains("demo_private", export.Content.Headers.ContentDisposition!.ToString());
            await app.Services.GetRequiredService<BackupService>().CreateAsync(CancellationToken.None);
        }
        finally { app.Dispose(); }

        var needles = new[] { sessionId, Uri.UnescapeDataString(sessionId), sessionId.Split("%3A")[^1], Sessions.Password };
        Assert.All(needles, n => Assert.True(n.Length >= 12, n));
        try
        {
            var files = Directory.EnumerateFiles(app.DataFolder, "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(files, f => f.EndsWith("instaintel.db"));
            Assert.Contains(files, f => f.Contains($"{Path.DirectorySeparatorChar}backups{Path.DirectorySeparatorChar}"));
            foreach (var file in files)
            {
                var text = Readable(file);
                if (Path.GetFileName(file) == "instaintel.db" || file.Contains("backups")) Assert.Contains("demo_private", text); // the search would see it
                foreach (var needle in needles) Assert.False(text.Contains(needle), $"{needle} found in {file}");
            }

            var logText = string.Join("\n", logs.Lines);
            Assert.Contains("demo_private", logText);
            Assert.Contains("Credential vault", logText);
            foreach (var needle in needles) Assert.False(logText.Contains(needle), $"{needle} found in the logs");

            Assert.True(responses.Count > 3);
            foreach (var response in responses)
                foreach (var needle in needles) Assert.False(response.Contains(needle), $"{needle} found in a response: {response}");
        }
        finally { Directory.Delete(app.DataFolder, recursive: true); }
    }

    /// <summary>A file's bytes as text, gzip archives unpacked.</summary>
    private static string Readable(string file)
    {
        var bytes = File.ReadAllBytes(file);
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var unpacked = new MemoryStream();
            using (var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress)) gzip.CopyTo(unpacked);
            bytes = unpacked.ToArray();
        }
        return Encoding.Latin1.GetString(bytes);
    }

    private sealed class RecordingHandler(ConcurrentQueue<string> responses) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = await base.SendAsync(request, ct);
            await response.Content.LoadIntoBufferAsync(ct);
            responses.Enqueue(response.Headers + "\n" + response.Content.Headers + "\n" + await response.Content.ReadAsStringAsync(ct));
            return response;
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);
        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull
            {
                lines.Enqueue($"{category} scope: {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{structured}] {exception}");
            }
        }
    }
}
