namespace InstaIntel.Api.Counts;

public static class CountsSetup
{
    public static IServiceCollection AddCounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CountsOptions>().Bind(configuration.GetSection("Counts"))
            .Validate(o => o.Window >= TimeSpan.Zero && o.Window < TimeSpan.FromDays(1), "Counts:Window must be from 0 to less than a day (e.g. 02:00:00).")
            .Validate(o => o.SkipWithin >= TimeSpan.Zero, "Counts:SkipWithin must not be negative.")
            .ValidateOnStart();
        services.AddScoped<CountRecorder>();
        services.AddScoped<CountsReader>();
        return services;
    }
}
