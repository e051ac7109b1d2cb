namespace InstaIntel.Api.Archives;

public static class ArchiveSetup
{
    public static IServiceCollection AddArchives(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(ArchiveOptions.Section).Get<ArchiveOptions>() ?? new ArchiveOptions();
        services.AddSingleton(options);
        services.AddSingleton<ArchiveReader>();
        services.AddScoped<ArchiveImport>();
        return services;
    }
}
