using System.Diagnostics;
using InstaIntel.Api;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Crawls;
using InstaIntel.Api.Ingest;
using InstaIntel.Api.Persistence;
using Microsoft.Extensions.Configuration;
using InstaIntel.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InstaIntel.Bench;

public sealed record CrawlTiming(TimeSpan Total, TimeSpan Pages, TimeSpan Complete, Crawl Crawl);

/// <summary>Crawls through the app's own IngestService, wired as the API wires it.</summary>
public sealed class IngestBench : IAsyncDisposable
{
    public const int PageSize = 200;

    private readonly ServiceProvider services;

    private IngestBench(ServiceProvider services) => this.services = services;

    /// <param name="settings">Database settings (`Database:Provider`, `Database:ConnectionString`); none means SQLite in the folder.</param>
    public static async Task<IngestBench> CreateAsync(string dataFolder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddPersistence(configuration, dataFolder)
            .AddIngest(configuration)
            .AddScoped<AccountService>()
            .BuildServiceProvider();
        await DatabaseSetup.MigrateAsync(services);
        return new IngestBench(services);
    }

    /// <summary>Runs work against the app's database context, as one request would.</summary>
    public async Task<T> WithDbAsync<T>(Func<InstaIntelDb, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<InstaIntelDb>());
    }

    public async Task<long> AddAccountAsync(string username)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(username, CancellationToken.None)).Id;
    }

    /// <summary>One complete followers crawl: begin, every page with its checkpoint, then the delta.</summary>
    public async Task<CrawlTiming> CrawlAsync(long accountId, IReadOnlyList<ProfileData> followers)
    {
        var pages = followers.Chunk(PageSize).ToList();
        await using var scope = services.CreateAsyncScope();
        var ingest = scope.ServiceProvider.GetRequiredService<IngestService>();

        var total = Stopwatch.StartNew();
        var crawl = await scope.ServiceProvider.BeginCrawlAsync(accountId, CrawlLists.Followers);
        for (var i = 0; i < pages.Count; i++)
        {
            var checkpoint = i + 1 < pages.Count ? $"QVFD{(i + 1) * PageSize}" : null;
            await ingest.IngestPageAsync(crawl.Id, FollowList.Followers, pages[i], checkpoint);
        }
        var pagesTime = total.Elapsed;
        var complete = Stopwatch.StartNew();
        var done = await ingest.CompleteAsync(crawl.Id);
        return new CrawlTiming(total.Elapsed, pagesTime, complete.Elapsed, done);
    }

    /// <summary>A crawl that stays running, for pages committed beside another crawl's completion.</summary>
    public async Task<long> BeginAsync(long accountId)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.BeginCrawlAsync(accountId, CrawlLists.Followers)).Id;
    }

    public async Task PageAsync(long crawlId, IReadOnlyList<ProfileData> page)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IngestService>().IngestPageAsync(crawlId, FollowList.Followers, page, "next");
    }

    public async Task<Crawl> CompleteAsync(long crawlId, Action<string, TimeSpan, TimeSpan>? onStep = null)
    {
        await using var scope = services.CreateAsyncScope();
        var ingest = (IngestService)ActivatorUtilities.CreateInstance(scope.ServiceProvider,
            scope.ServiceProvider.GetRequiredService<IngestService>().GetType(), new CompletionOptions { OnStep = onStep ?? ((_, _, _) => { }) });
        return await ingest.CompleteAsync(crawlId);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
