using InstaIntel.Api;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Ingest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Tests.Support;

/// <summary>
/// The real app on real Kestrel (loopback, a free port) with its own SQLite file in a temp folder, or its own PostgreSQL
/// database (<see cref="Databases.RunDefault"/>).
/// </summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    public string DataFolder { get; }
    private readonly Dictionary<string, string> settings;
    private readonly TimeProvider? clock;
    private readonly Action<IServiceCollection>? services;

    public AppFactory() : this([]) { }

    private AppFactory(Dictionary<string, string> settings, string? dataFolder = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null)
    {
        this.clock = clock;
        this.services = services;
        DataFolder = dataFolder ?? Path.Combine(Path.GetTempPath(), "instaintel-tests", Guid.NewGuid().ToString("N"));
        this.settings = Databases.WithRunDefault(settings, DataFolder);
        UseKestrel(0);
        StartServer();
    }

    /// <summary>An app with extra configuration, e.g. tighter limits.</summary>
    public static AppFactory With(Dictionary<string, string> settings, string? dataFolder = null, TimeProvider? clock = null,
        Action<IServiceCollection>? services = null) => new(settings, dataFolder, clock, services);

    /// <summary>Settings that point crawling at a simulator, paced for tests rather than for Instagram.</summary>
    public static Dictionary<string, string> Crawling(SimulatorHost simulator) => new()
    {
        ["Instagram:WebBaseUrl"] = simulator.Url,
        ["Instagram:MobileBaseUrl"] = simulator.Url,
        ["Instagram:Pacing:RequestsPerMinute"] = "1000000",
        ["Instagram:Pacing:RequestsPerHour"] = "1000000",
        ["Instagram:Pacing:Jitter"] = "00:00:00",
        ["Instagram:Pacing:WebApi:Requests"] = "1000000",
        ["Instagram:Pacing:MobileApi:Requests"] = "1000000",
        ["Instagram:Pacing:WebGraphql:Requests"] = "1000000",
        ["Instagram:Pacing:MobileGraphql:Requests"] = "1000000",
        ["Instagram:Pacing:DailyCap"] = "1000000",
        ["Instagram:RetryDelay"] = "00:00:00.020",
        ["Instagram:RateLimitPause"] = "00:00:01.500",
        // Most tests crawl a changing world again and again; the cache's own tests turn it on.
        ["Instagram:CacheFor"] = "00:00:00",
    };

    public bool KeepDataFolder { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", DataFolder);
        builder.UseSetting("client", Path.Combine(DataFolder, "no-client"));
        builder.UseSetting("Backups:Interval", "00:00:00"); // no automatic backup unless a test asks for one
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (clock is not null) builder.ConfigureTestServices(services => services.AddSingleton(clock));
        if (services is not null) builder.ConfigureServices(services);
    }

    public GraphQLClient GraphQL() => new(CreateClient());

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<Account> AddAccountAsync(string username) =>
        WithScopeAsync(sp => sp.GetRequiredService<AccountService>().AddAsync(username, CancellationToken.None));

    /// <summary>Runs a complete crawl that sees exactly these followers and following.</summary>
    public Task<Crawl> CrawlAsync(long accountId, IEnumerable<ProfileData>? followers, IEnumerable<ProfileData>? following = null) =>
        WithScopeAsync(async sp =>
        {
            var ingest = sp.GetRequiredService<IngestService>();
            var lists = (followers is null ? 0 : CrawlLists.Followers) | (following is null ? 0 : CrawlLists.Following);
            var crawl = await sp.BeginCrawlAsync(accountId, lists);
            foreach (var (list, profiles) in new[] { (FollowList.Followers, followers), (FollowList.Following, following) })
                foreach (var page in (profiles ?? []).Chunk(50))
                    await ingest.IngestPageAsync(crawl.Id, list, page, $"cursor-{page[^1].Pk}");
            return await ingest.CompleteAsync(crawl.Id);
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Each app's PostgreSQL database has a pool of its own: its idle connections would outlive the app.
        if (settings.TryGetValue("Database:ConnectionString", out var postgres))
            Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(postgres));
        if (!KeepDataFolder)
            try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
