using System.Text.Json;
using InstaIntel.Api.Instagram;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

public static class SecuritySetup
{
    public static IServiceCollection AddSecurity(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        services.Configure<SecurityOptions>(configuration.GetSection("Security"));
        services.AddSingleton(_ => Vault.In(dataFolder, configuration["Security:KeyFile"]));
        services.AddSingleton<UnlockCookie>();
        services.AddSingleton<UnlockThrottle>();
        services.AddUnlockRateLimits();
        services.AddSingleton<ClientAccess>();
        services.AddSingleton<OriginPolicy>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((forwarded, security) =>
        {
            var proxies = NetworkList.Parse(security.Value.TrustedProxies);
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in proxies) forwarded.KnownIPNetworks.Add(network);
            // Empty lists would make the middleware believe every proxy: with none configured, believe none.
            forwarded.ForwardedHeaders = proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<OriginPolicy>((cors, origins) => cors.AddDefaultPolicy(p => p
            .SetIsOriginAllowed(origins.IsAllowed).AllowCredentials().WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization")));
        return services;
    }

    /// <summary>
    /// A trusted proxy's client address and scheme, headers, CORS and the access gate, in front of everything the
    /// API serves; and the unlock endpoints with their rate limits.
    /// </summary>
    public static void UseSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeaders>();
        app.UseCors();
        app.UseMiddleware<AccessGate>();
        app.UseRateLimiter();
        app.MapUnlock();
    }

    /// <summary>
    /// Opens the credential vault at start, so its state (or its problem) is logged then, and moves the session file of
    /// earlier versions into it.
    /// </summary>
    public static async Task OpenVaultAsync(IServiceProvider services, string dataFolder)
    {
        var vault = services.GetRequiredService<Vault>();
        var log = services.GetRequiredService<ILogger<Vault>>();
        try
        {
            await ImportPlainSessionFileAsync(vault, dataFolder, log);
            log.LogInformation("Credential vault {Path} (key from {KeySource}): {Status}", vault.FilePath, vault.Key.Source, Vault.Describe(vault.Read()));
        }
        catch (VaultException e)
        {
            log.LogError("{Problem}", e.Message);
        }
    }

    /// <summary>Earlier versions kept the session in a plain file: move it into the vault.</summary>
    private static async Task ImportPlainSessionFileAsync(Vault vault, string dataFolder, ILogger log)
    {
        var plain = Path.Combine(dataFolder, "instagram-session.json");
        if (!File.Exists(plain)) return;
        var session = JsonSerializer.Deserialize(await File.ReadAllTextAsync(plain), InstagramJson.Default.InstagramSession);
        if (session is not null) await vault.UpdateAsync(c => c.Sessions.Count > 0 ? c : c.WithSessions([session with { Device = MobileDevice.New() }]));
        File.Delete(plain);
        log.LogInformation("Moved the Instagram session from {Plain} into the encrypted vault", plain);
    }
}
