namespace InstaIntel.Api.Alerts;

public static class AlertsSetup
{
    public static IServiceCollection AddAlerts(this IServiceCollection services, IConfiguration configuration, string dataFolder, bool runsJobs)
    {
        services.Configure<AlertOptions>(configuration.GetSection("Alerts"));
        services.AddSingleton<AlertDestinations>();
        services.AddSingleton<DashboardUrl>();
        services.AddHttpClient(ChannelSenders.HttpClientName)
            .RemoveAllLoggers() // Telegram's URLs carry the bot token
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectCallback = sp.GetRequiredService<AlertDestinations>().ConnectAsync,
                UseProxy = false, // through a proxy, the address checked would be the proxy's, not the channel's
            });
        services.AddSingleton<ChannelSenders>();
        services.AddSingleton<ChannelSecrets>();
        services.AddSingleton<AlertOutbox>();
        services.AddSingleton<AlertDispatcher>();
        services.AddScoped<AlertService>();
        services.AddSingleton(sp => new DiskSpaceCheck(dataFolder, sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<AlertOutbox>(),
            sp.GetRequiredService<TimeProvider>()));
        if (runsJobs && configuration.GetValue("Alerts:Deliver", true)) services.AddHostedService<AlertWorker>();
        return services;
    }
}
