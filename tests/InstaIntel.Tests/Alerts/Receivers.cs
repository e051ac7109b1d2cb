using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace InstaIntel.Tests.Alerts;

public sealed record ReceivedRequest(string Method, string PathAndQuery, Dictionary<string, string> Headers, string Body);

/// <summary>
/// A real HTTP server on loopback that keeps every request: stands in for an ntfy server, a webhook endpoint or
/// Telegram's Bot API (`/bot{token}/sendMessage` answers `{"ok":true}`). <see cref="Failing"/> makes it answer 503,
/// <see cref="RedirectTo"/> answer <see cref="RedirectStatus"/> with that `Location`.
/// </summary>
public sealed class HttpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();
    public bool Failing { get; set; }
    public string? RedirectTo { get; set; }
    public int RedirectStatus { get; set; } = 302;
    public string Url { get; }

    private HttpReceiver(WebApplication app, string url) => (this.app, Url) = (app, url);

    public static async Task<HttpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        HttpReceiver? receiver = null;
        app.Run(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver!.Requests.Enqueue(new ReceivedRequest(http.Request.Method, http.Request.Path + http.Request.QueryString,
                http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            if (receiver.RedirectTo is not null)
            {
                http.Response.StatusCode = receiver.RedirectStatus;
                http.Response.Headers.Location = receiver.RedirectTo;
                return;
            }
            if (receiver.Failing)
            {
                http.Response.StatusCode = 503;
                await http.Response.WriteAsync("down for the test");
                return;
            }
            if (http.Request.Path.Value!.EndsWith("/sendMessage")) await http.Response.WriteAsJsonAsync(new { ok = true, result = new { message_id = 1 } });
        });
        await app.StartAsync();
        receiver = new HttpReceiver(app, app.Urls.First());
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task<List<ReceivedRequest>> WaitForAsync(int count, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (Requests.Count < count && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(Requests.Count >= count, $"expected {count} requests, got {Requests.Count}");
        return Requests.ToList();
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port; keeps each message and the logins.</summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();
    public ConcurrentQueue<(string User, string Password)> Logins { get; } = new();
    public int Port { get; }

    private SmtpReceiver(int port, bool requireLogin)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)).AllowUnsecureAuthentication(true).AuthenticationRequired(requireLogin))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(Messages));
        services.Add(new LoginCheck(Logins));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public static SmtpReceiver Start(bool requireLogin = false)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new SmtpReceiver(port, requireLogin);
    }

    public async Task<MimeMessage> WaitForAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (Messages.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(Messages.TryPeek(out var message), "no mail arrived");
        return message!;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken ct)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, ct));
            return SmtpResponse.Ok;
        }
    }

    private sealed class LoginCheck(ConcurrentQueue<(string, string)> logins) : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken ct)
        {
            logins.Enqueue((user, password));
            return Task.FromResult(password == SmtpPassword);
        }
    }

    public const string SmtpPassword = "smtp-pass-7f3e91";
}
