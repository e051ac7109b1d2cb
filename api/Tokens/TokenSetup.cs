using System.Globalization;
using System.Threading.RateLimiting;
using InstaIntel.Api.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Tokens;

public static class TokenSetup
{
    public static IServiceCollection AddTokens(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TokenOptions>().Bind(configuration.GetSection("Tokens"))
            .Validate(o => o.RequestsPerMinute >= 1, "Tokens:RequestsPerMinute must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<ApiTokens>();
        services.AddSingleton<TokenGate>();
        services.Configure<PersistedOperationOptions>(configuration.GetSection("GraphQL"));
        services.AddSingleton<PersistedOperations>();
        services.AddTokenRateLimit();
        return services;
    }

    /// <summary>
    /// `Tokens:RequestsPerMinute` per token (a fixed window), chained after whatever global limiter is there already
    /// (the unlock attempts'); a token over it gets 429 with Retry-After and a GraphQL-shaped error.
    /// </summary>
    private static void AddTokenRateLimit(this IServiceCollection services) =>
        services.AddOptions<RateLimiterOptions>().PostConfigure<IOptions<TokenOptions>>((limits, tokens) =>
        {
            var perMinute = tokens.Value.RequestsPerMinute;
            var perToken = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.FindFirst(TokenGate.TokenIdClaim)?.Value is { } id
                    ? RateLimitPartition.GetFixedWindowLimiter(id, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
            limits.GlobalLimiter = limits.GlobalLimiter is { } earlier ? PartitionedRateLimiter.CreateChained(earlier, perToken) : perToken;
            var otherwise = limits.OnRejected;
            limits.OnRejected = async (rejected, ct) =>
            {
                if (TokenGate.IsToken(rejected.HttpContext.User)) await RefuseAsync(rejected.HttpContext, rejected.Lease, perMinute);
                else if (otherwise is not null) await otherwise(rejected, ct);
            };
        });

    private static async Task RefuseAsync(HttpContext http, RateLimitLease lease, int perMinute)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await AccessGate.WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
            $"This API token made more than {perMinute} requests in a minute (Tokens:RequestsPerMinute): wait {wait} s.");
    }
}
