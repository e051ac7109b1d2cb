using StackExchange.Redis;

namespace InstaIntel.Api.Realtime;

public static class RealtimeSetup
{
    /// <summary>The event bus: Redis pub/sub when a `Redis` connection string is set, else in memory.</summary>
    public static IServiceCollection AddRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["Redis"] is { Length: > 0 } redis)
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
            services.AddSingleton<IEventBus, RedisEventBus>();
        }
        else
        {
            services.AddSingleton<IEventBus, InMemoryEventBus>();
        }
        services.AddSingleton<CrawlNotifier>();
        return services;
    }
}
