namespace InstaIntel.Api.Crawling;

public static class CrawlingSetup
{
    /// <summary>The crawler and its commands everywhere; the queue that runs crawls only where jobs run.</summary>
    public static IServiceCollection AddCrawling(this IServiceCollection services, bool runsJobs)
    {
        services.AddOptions<WorkerOptions>().BindConfiguration("Workers").ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<WorkerOptions>, WorkerSettingsCheck>();
        services.AddSingleton<CrawlClaims>();
        services.AddSingleton<OfflineWaits>();
        // One crawler per crawl: CrawlQueue resolves it in the crawl's own scope.
        services.AddScoped<CrawlerServices>();
        services.AddScoped<Crawler>();
        services.AddSingleton<CrawlCommands>();
        services.AddScoped<LostReasons.LostChecks>();
        if (runsJobs) services.AddHostedService<CrawlQueue>();
        return services;
    }
}
