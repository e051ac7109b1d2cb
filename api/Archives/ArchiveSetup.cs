using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Archives;

public static class ArchiveSetup
{
    public static IServiceCollection AddArchives(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.AddOptions<ArchiveOptions>().Bind(configuration.GetSection(ArchiveOptions.Section))
            .PostConfigure(o => o.SpoolFolder = Path.Combine(dataFolder, "imports"))
            .Validate(o => o.MaxUploadBytes > 0 && o.MaxUnpackedBytes > 0,
                "Imports:MaxUploadBytes and Imports:MaxUnpackedBytes must be above zero.")
            .Validate(o => o.MaxCompressionRatio >= 10,
                "Imports:MaxCompressionRatio must be 10 or more: Instagram's text lists pack about ten times.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ArchiveOptions>>().Value);
        services.AddSingleton<ArchiveReader>();
        services.AddScoped<ArchiveImport>();
        services.AddScoped<ArchiveUpload>();
        return services;
    }
}
