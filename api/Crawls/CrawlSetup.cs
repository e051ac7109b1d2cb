namespace InstaIntel.Api.Crawls;

public static class CrawlSetup
{
    public static IServiceCollection AddCrawls(this IServiceCollection services) => services.AddScoped<CrawlService>();
}
