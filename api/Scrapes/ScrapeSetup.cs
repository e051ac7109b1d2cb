namespace InstaIntel.Api.Scrapes;

public static class ScrapeSetup
{
    public static IServiceCollection AddScrapes(this IServiceCollection services) => services.AddScoped<ScrapeService>();
}
