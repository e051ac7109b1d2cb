using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Support;

/// <summary>A plain HTTP forward proxy on loopback that counts what it carries.</summary>
public sealed class ForwardProxy : IAsyncDisposable
{
    private readonly WebApplication app;
    private int forwarded;
    public string Url { get; }
    public int Forwarded => Volatile.Read(ref forwarded);

    private ForwardProxy(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public static async Task<ForwardProxy> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        var app = builder.Build();
        var upstream = new HttpClient(new SocketsHttpHandler { UseProxy = false, UseCookies = false });
        ForwardProxy? proxy = null;
        app.Run(async http =>
        {
            Interlocked.Increment(ref proxy!.forwarded);
            var target = $"http://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}";
            using var request = new HttpRequestMessage(new HttpMethod(http.Request.Method), target);
            foreach (var (name, values) in http.Request.Headers)
                if (name is not ("Host" or "Proxy-Connection")) request.Headers.TryAddWithoutValidation(name, values.ToArray());
            using var response = await upstream.SendAsync(request, http.RequestAborted);
            http.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Content.Headers) http.Response.Headers[name] = values.ToArray();
            http.Response.Headers.Remove("Content-Length");
            await response.Content.CopyToAsync(http.Response.Body, http.RequestAborted);
        });
        await app.StartAsync();
        proxy = new ForwardProxy(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
