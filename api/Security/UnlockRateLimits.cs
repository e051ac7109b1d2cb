using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// Limits on `POST /unlock` besides the growing wait of <see cref="UnlockThrottle"/>: one attempt at a time per
/// client, so parallel guesses cannot all pass the wait check before the first failure is recorded; and
/// `Security:UnlockAttemptsPerMinute` for all clients of one network together (an IPv4 /24, an IPv6 /64), however
/// many addresses they come from there, so one network's guessing cannot lock every other device out.
/// A client is its address as the forwarded-headers middleware settled it: behind a trusted proxy, the proxy's client.
/// </summary>
public static class UnlockRateLimits
{
    public const string Policy = "unlock";

    public static IServiceCollection AddUnlockRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((limits, security) =>
        {
            var perMinute = security.Value.UnlockAttemptsPerMinute;
            limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limits.OnRejected = (rejected, _) => RefuseAsync(rejected.HttpContext, rejected.Lease);
            limits.AddPolicy(Policy, http => RateLimitPartition.GetConcurrencyLimiter(ClientKey(http),
                _ => new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 }));
            limits.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsUnlockAttempt(http)
                ? RateLimitPartition.GetFixedWindowLimiter(NetworkKey(http), _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    public static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The client's network: the first 24 bits of an IPv4 address, the first 64 of an IPv6 one.</summary>
    public static string NetworkKey(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        var kept = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 3 : 8;
        return Convert.ToHexString(bytes, 0, kept);
    }

    private static bool IsUnlockAttempt(HttpContext http) => HttpMethods.IsPost(http.Request.Method) && http.Request.Path == UnlockEndpoints.Path;

    private static async ValueTask RefuseAsync(HttpContext http, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        await AccessGate.WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, "TOO_MANY_ATTEMPTS",
            $"Too many unlock attempts at once or in the last minute: wait {wait} s before the next attempt.");
    }
}
