namespace InstaIntel.Api.Companion;

public static class CompanionSetup
{
    public static IServiceCollection AddCompanion(this IServiceCollection services) =>
        services.AddSingleton<CompanionPairings>().AddSingleton<PairingThrottle>().AddScoped<BrowserCrawls>();
}
