using System.Text.Json;
using InstaIntel.Api.Instagram;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace InstaIntel.Api.Security;

public static class SecuritySetup
{
    public static IServiceCollection AddInstaIntelSecurity(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.Configure<SecurityOptions>(configuration.GetSection("Security"));
        services.AddSingleton(sp => Open(dataFolder, configuration["Security:KeyFile"], sp.GetRequiredService<ILogger<Vault>>()));
        services.AddSingleton<UnlockCookie>();
        services.AddSingleton<UnlockThrottle>();
        services.AddSingleton<OriginPolicy>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<OriginPolicy>((cors, origins) => cors.AddDefaultPolicy(p => p
            .SetIsOriginAllowed(origins.IsAllowed).AllowCredentials().WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept")));
        return services;
    }

    /// <summary>Headers, CORS and the access gate, in front of everything the API serves; and the unlock endpoints.</summary>
    public static void UseInstaIntelSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseCors();
        app.UseMiddleware<AccessGate>();
        app.MapUnlock();
    }

    private static Vault Open(string dataFolder, string? keyFile, ILogger log)
    {
        var vault = Vault.In(dataFolder, keyFile);
        try
        {
            ImportPlainSessionFile(vault, dataFolder, log);
            log.LogInformation("Credential vault {Path} (key from {KeySource}): {Status}", vault.FilePath, vault.Key.Source, Vault.Describe(vault.Read()));
        }
        catch (VaultException e)
        {
            log.LogError("{Problem}", e.Message);
        }
        return vault;
    }

    /// <summary>Earlier versions kept the session in a plain file: move it into the vault.</summary>
    private static void ImportPlainSessionFile(Vault vault, string dataFolder, ILogger log)
    {
        var plain = Path.Combine(dataFolder, "instagram-session.json");
        if (!File.Exists(plain)) return;
        var session = JsonSerializer.Deserialize(File.ReadAllText(plain), InstagramJson.Default.InstagramSession);
        if (session is not null) vault.UpdateAsync(c => c.Sessions.Count > 0 ? c : c.WithSessions([session with { Device = MobileDevice.New() }])).GetAwaiter().GetResult();
        File.Delete(plain);
        log.LogInformation("Moved the Instagram session from {Plain} into the encrypted vault", plain);
    }
}
