using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Spaces one session's requests: evenly within the minute, a sliding window per hour, a sliding window per surface
/// as wide as instaloader's, plus random jitter, so a crawl stays under Instagram's limits instead of discovering them.
/// </summary>
public sealed class Pacer(IOptions<InstagramOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, RateLimiter> sessions = new();
    private readonly ConcurrentDictionary<(string, FollowSource), RateLimiter> surfaces = new();

    public async Task WaitAsync(string sessionKey, FollowSource surface, CancellationToken ct)
    {
        var pacing = options.Value.Pacing;
        var session = sessions.GetOrAdd(sessionKey, _ => RateLimiter.CreateChained(
            Even(pacing.RequestsPerMinute),
            Window(pacing.RequestsPerHour, TimeSpan.FromHours(1))));
        var window = surfaces.GetOrAdd((sessionKey, surface), _ => Window(pacing.WindowOf(surface).Requests, pacing.WindowOf(surface).Window));
        using var surfaceLease = await window.AcquireAsync(1, ct);
        using var lease = await session.AcquireAsync(1, ct);
        if (pacing.Jitter > TimeSpan.Zero)
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * pacing.Jitter.TotalMilliseconds), ct);
    }

    /// <summary>
    /// Requests spread evenly over the minute (a token bucket with almost no burst), so no short stretch of it
    /// runs faster than the per-minute rate.
    /// </summary>
    private static TokenBucketRateLimiter Even(int perMinute)
    {
        var period = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(1).Ticks / Math.Max(1, perMinute), TimeSpan.FromMilliseconds(50).Ticks));
        var tokens = Math.Max(1, (int)Math.Round(perMinute * period / TimeSpan.FromMinutes(1)));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    private static SlidingWindowRateLimiter Window(int permits, TimeSpan window) => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = Math.Max(1, permits),
        Window = window,
        SegmentsPerWindow = 6,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });

    public void Dispose()
    {
        foreach (var limiter in sessions.Values.Concat(surfaces.Values)) limiter.Dispose();
    }
}
