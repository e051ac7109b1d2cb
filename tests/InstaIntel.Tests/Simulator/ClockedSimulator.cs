using InstaIntel.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InstaIntel.Tests.Simulator;

/// <summary>The simulator on a clock the test moves, for rules that judge time (the follower-dialog detector).</summary>
internal sealed class ClockedSimulator : IAsyncDisposable
{
    private readonly WebApplication app;
    public FakeTimeProvider Clock { get; }
    public HttpClient Client { get; }

    private ClockedSimulator(WebApplication app, FakeTimeProvider clock)
    {
        this.app = app;
        Clock = clock;
        Client = SimRequests.Client(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public static async Task<ClockedSimulator> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        var app = SimulatorApp.Build(["--urls", "http://127.0.0.1:0"], configure, clock);
        await app.StartAsync();
        return new ClockedSimulator(app, clock);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
