using System.Net.Http.Json;
using InstaIntel.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Support;

/// <summary>The Instagram simulator on real Kestrel (loopback, a free port).</summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;
    public string Url { get; }
    public HttpClient Admin { get; }

    private SimulatorHost(WebApplication app)
    {
        this.app = app;
        Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Admin = new HttpClient { BaseAddress = new Uri(Url) };
    }

    public static async Task<SimulatorHost> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var app = SimulatorApp.Build(["--urls", "http://127.0.0.1:0"], configure);
        await app.StartAsync();
        return new SimulatorHost(app);
    }

    public async Task InjectAsync(FaultKind kind, string match, int? count = null, double? rate = null, int delayMs = 3_000)
    {
        var response = await Admin.PostAsJsonAsync("/__simulator/faults", new { kind = kind.ToString(), match, count, rate, delayMs });
        response.EnsureSuccessStatusCode();
    }

    public async Task<Dictionary<string, int>> RequestsAsync() =>
        (await Admin.GetFromJsonAsync<StatsBody>("/__simulator/stats"))!.Requests;

    public async Task<int> LimitedAsync() => (await Admin.GetFromJsonAsync<StatsBody>("/__simulator/stats"))!.Limited;

    /// <summary>The headers (lower-case names) of the latest request to a surface: `web`, `webapi` or `mobile`.</summary>
    public async Task<Dictionary<string, string>> LastHeadersAsync(string surface) =>
        (await Admin.GetFromJsonAsync<StatsBody>("/__simulator/stats"))!.LastHeaders[surface];

    /// <summary>Adds a public target with <paramref name="followers"/> followers and a count <paramref name="hidden"/> above its list.</summary>
    public async Task AddTargetAsync(string username, int followers, int hidden = 0) =>
        (await Admin.PostAsJsonAsync("/__simulator/targets", new { username, followers, hidden })).EnsureSuccessStatusCode();

    /// <summary>Lets a night pass on a target's followers; returns who it changed and the list (pks, newest first) after it.</summary>
    public async Task<NightBody> NightAsync(string username, Night night)
    {
        var response = await Admin.PostAsJsonAsync($"/__simulator/targets/{username}/nights", night);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<NightBody>())!;
    }

    public sealed record NightBody(NightResult Result, long[] Followers, int Count);

    /// <summary>The person <paramref name="pk"/> blocks the account of <paramref name="session"/>.</summary>
    public async Task BlockAsync(long pk, string session) =>
        (await Admin.PostAsJsonAsync("/__simulator/blocks", new { pk, session })).EnsureSuccessStatusCode();

    public async Task ResetAsync() => (await Admin.PostAsync("/__simulator/reset", null)).EnsureSuccessStatusCode();

    /// <summary>How often the simulated detector logged a session out for reading a follower dialog fast and evenly.</summary>
    public async Task<int> DetectorFiredAsync() => (await Admin.GetFromJsonAsync<StatsBody>("/__simulator/stats"))!.DetectorFired;

    /// <summary>How often a browser session was logged out for being used on an app surface.</summary>
    public async Task<int> CrossSurfaceLogoutsAsync() => (await Admin.GetFromJsonAsync<StatsBody>("/__simulator/stats"))!.CrossSurfaceLogouts;

    /// <summary>App requests whose X-MID was not the one handed to their session.</summary>
    public async Task<int> MidMismatchesAsync() => (await Admin.GetFromJsonAsync<StatsBody>("/__simulator/stats"))!.MidMismatches;

    private sealed record StatsBody(Dictionary<string, int> Requests, int Limited, Dictionary<string, Dictionary<string, string>> LastHeaders,
        int DetectorFired = 0, int CrossSurfaceLogouts = 0, int MidMismatches = 0);

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
