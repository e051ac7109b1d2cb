using System.Text.Json.Nodes;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Persistence;
using InstaIntel.Simulator;
using InstaIntel.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Crawling;

/// <summary>The app and the simulator side by side, with helpers to start a crawl and wait for its end.</summary>
public sealed class CrawlHarness : IAsyncDisposable
{
    public SimulatorHost Simulator { get; }
    public AppFactory App { get; }
    public World World { get; } = new();

    private CrawlHarness(SimulatorHost simulator, AppFactory app)
    {
        Simulator = simulator;
        App = app;
    }

    /// <summary>
    /// The simulator and the app, with one connected session: a browser session by default (a cookie as a person
    /// pastes it), or one logged in as the app.
    /// </summary>
    public static async Task<CrawlHarness> StartAsync(string session = Sessions.Demo, Action<SimulatorOptions>? simulator = null, Dictionary<string, string>? settings = null,
        SessionClient client = SessionClient.Browser, bool usesOtherSurfaces = false)
    {
        var sim = await SimulatorHost.StartAsync(simulator);
        var all = AppFactory.Crawling(sim);
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var app = AppFactory.With(all);
        await app.Services.GetRequiredService<ICredentialStore>().SaveSessionAsync(new InstagramSession(session, "csrf", 9_001, Client: client, UsesOtherSurfaces: usesOtherSurfaces), CancellationToken.None);
        return new CrawlHarness(sim, app);
    }

    public async Task<string> StartCrawlAsync(string target, bool followers = true, bool following = true)
    {
        var data = await App.GraphQL().DataAsync("""
            mutation($t: String!, $f: Boolean, $g: Boolean) { startCrawl(input: { target: $t, followers: $f, following: $g }) {
              crawl { id status } errors { __typename ... on Error { message } } } }
            """, new { t = target, f = followers, g = following });
        var payload = data["startCrawl"]!;
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["crawl"]!["id"]!.GetValue<string>();
    }

    public async Task<JsonNode> CrawlAsync(string id, AppFactory? app = null) =>
        (await (app ?? App).GraphQL().DataAsync("""
            query($id: ID!) { crawl(id: $id) { id status source error resumesAt target
              followersFetched followingFetched followersTotal followingTotal followersNew followersLost method completeness
              progress { fetched expected percent etaSeconds } } }
            """, new { id }))["crawl"]!;

    /// <summary>Polls until the crawl has ended (or the time is up), recording every status it passed through.</summary>
    public async Task<(JsonNode Crawl, List<string> Seen)> WaitAsync(string id, TimeSpan? timeout = null, AppFactory? app = null)
    {
        var seen = new List<string>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var crawl = await CrawlAsync(id, app);
            var status = crawl["status"]!.GetValue<string>();
            if (seen.LastOrDefault() != status) seen.Add(status);
            if (status is "SUCCEEDED" or "INCOMPLETE" or "FAILED" or "CANCELLED") return (crawl, seen);
            Assert.True(DateTime.UtcNow < deadline, $"Crawl still {status} after the wait: {crawl.ToJsonString()}");
            await Task.Delay(25);
        }
    }

    public async Task<JsonNode> WaitForStatusAsync(string id, string status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var crawl = await CrawlAsync(id);
            if (crawl["status"]!.GetValue<string>() == status) return crawl;
            Assert.True(DateTime.UtcNow < deadline, $"Never saw {status}: {crawl.ToJsonString()}");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Waits until no worker holds a crawl: every run has returned, with what it does after a crawl's end (the lost
    /// reasons' look-ups), so nothing more reaches the simulator.
    /// </summary>
    public async Task WaitUntilNoCrawlRunsAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await App.WithScopeAsync(sp => sp.GetRequiredService<InstaIntelDb>().Crawls.AnyAsync(c => c.ClaimedBy != null)))
        {
            Assert.True(DateTime.UtcNow < deadline, "A crawl was still held by a worker after 30 s");
            await Task.Delay(25);
        }
    }

    public Task<long[]> EdgesAsync(string username, bool followers) =>
        App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<InstaIntelDb>();
            var account = await db.Accounts.SingleAsync(a => a.Username == username);
            var edges = followers ? db.Followers.Where(e => e.TargetId == account.Id && e.LostInCrawlId == null).Select(e => e.ProfilePk)
                : db.Following.Where(e => e.TargetId == account.Id && e.LostInCrawlId == null).Select(e => e.ProfilePk);
            return (await edges.ToListAsync()).Order().ToArray();
        });

    public long[] Expected(string username, bool followers)
    {
        var target = World.Find(username)!;
        return (followers ? target.Followers : target.Following).Select(u => u.Pk).Order().ToArray();
    }

    /// <summary>
    /// Every crawl test also checks what no crawl may do: be logged out by the simulated detector, or send a browser
    /// session to an app surface.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            Assert.Equal((0, 0), (await Simulator.DetectorFiredAsync(), await Simulator.CrossSurfaceLogoutsAsync()));
        }
        finally
        {
            App.Dispose();
            await Simulator.DisposeAsync();
        }
    }
}
