using System.Net;
using InstaIntel.Api.Security;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Polly;
using StackExchange.Redis;

namespace InstaIntel.Api.Instagram;

public static class InstagramSetup
{
    public static IServiceCollection AddInstagram(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Instagram");
        services.Configure<InstagramOptions>(section);
        var demo = section.GetValue<bool>("Demo");
        if (demo)
        {
            // The simulator's window is generous; pacing for Instagram itself would make the demo crawl for hours.
            // Its requests cost nothing and demo_growth changes with every crawl, so nothing is cached either.
            services.PostConfigure<InstagramOptions>(o =>
            {
                o.Pacing = PacingOptions.Unpaced();
                o.CacheFor = TimeSpan.Zero;
            });
            services.AddSingleton<ICredentialStore, DemoCredentialStore>();
        }
        else
        {
            services.AddSingleton<ICredentialStore, VaultCredentialStore>();
        }

        services.AddSingleton<IRequestLedger, RequestLedger>();
        services.AddSingleton<Pacer>();
        services.AddSingleton<SessionGuard>();
        services.AddSingleton<SessionJar>();
        services.AddTransient<ZstdDecoding>();
        services.AddTransient<TigonRetryMarker>();
        services.AddSingleton<SessionPool>();
        AddPayloadCache(services, configuration);
        services.AddSingleton<SessionProxies>();
        services.AddTransient<ResponseRecorder>();
        services.AddTransient<SessionProxyHandler>();
        services.AddHttpClient<InstagramClient>()
            .AddHttpMessageHandler<ZstdDecoding>()
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                UseCookies = false,
                // Instagram redirects to its login and challenge pages; those are answers to classify, not to follow.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                Proxy = sp.GetRequiredService<SessionProxies>(),
                UseProxy = true,
            })
            .AddResilienceHandler("instagram", (pipeline, context) =>
            {
                var instagram = context.ServiceProvider.GetRequiredService<IOptions<InstagramOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = instagram.Retries,
                    Delay = instagram.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.8,
                    MinimumThroughput = 10,
                    SamplingDuration = TimeSpan.FromMinutes(1),
                    BreakDuration = TimeSpan.FromSeconds(30),
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                });
                pipeline.AddTimeout(instagram.RequestTimeout);
            })
            // One pipeline (and so one circuit breaker) per Instagram session.
            .SelectPipelineBy(_ => request => request.Options.TryGetValue(new HttpRequestOptionsKey<string>(InstagramClient.SessionKeyOption), out var key) ? key : "anonymous");
        // Innermost, so every attempt a retry makes is recorded as Instagram sent it.
        services.AddHttpClient<InstagramClient>().AddHttpMessageHandler<TigonRetryMarker>().AddHttpMessageHandler<ResponseRecorder>().AddHttpMessageHandler<SessionProxyHandler>();

        services.AddHttpClient<InstagramLogin>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        services.AddHttpClient<AppLogin>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All });
        services.AddSingleton<LoginFlows>();
        return services;
    }

    /// <summary>The Instagram answer cache: bounded memory, with Redis as the second level when `Redis` is set.</summary>
    private static void AddPayloadCache(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MemoryCacheOptions>().Configure<IOptions<InstagramOptions>>((memory, instagram) =>
            memory.SizeLimit = instagram.Value.CacheMemoryMiB * 1024L * 1024);
        services.AddHybridCache();
        services.AddSingleton<InstagramCache>();
        if (configuration["Redis"] is not { Length: > 0 }) return;
        services.AddStackExchangeRedisCache(_ => { });
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((redis, provider) =>
        {
            redis.InstanceName = "instaintel:";
            redis.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
        });
    }

    /// <summary>Server errors, timeouts and dropped connections are worth retrying; a 429 never is (the crawl pauses instead).</summary>
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or Polly.Timeout.TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };
}
