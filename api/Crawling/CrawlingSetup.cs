namespace InstaIntel.Api.Crawling;

public static class CrawlingSetup
{
    /// <summary>The crawler and its commands everywhere; the queue that runs crawls only where jobs run.</summary>
    public static IServiceCollection AddCrawling(this IServiceCollection services, bool runsJobs)
    {
        services.AddSingleton<Crawler>();
        services.AddSingleton<CrawlCommands>();
        services.AddScoped<LostReasons.LostChecks>();
        if (runsJobs) services.AddHostedService<CrawlQueue>();
        return services;
    }
}
