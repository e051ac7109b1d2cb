using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Instagram's answers kept for <see cref="InstagramOptions.CacheFor"/> (memory, plus Redis when configured), so a
/// repeated or resumed crawl within that window spends no Instagram requests. Keys carry the viewing account:
/// what one session may see (a private account's list) is never served to another.
/// </summary>
public sealed class InstagramCache(HybridCache cache, IOptions<InstagramOptions> options)
{
    public ValueTask<InstagramProfile> ProfileAsync(InstagramSession session, string username, bool refresh,
        Func<CancellationToken, Task<InstagramProfile>> fetch, CancellationToken ct) =>
        GetAsync(session, $"profile:{username.ToLowerInvariant()}", refresh, fetch, ct);

    public ValueTask<FollowPage> PageAsync(InstagramSession session, FollowSource source, FollowList list, long userId, string? cursor,
        bool refresh, Func<CancellationToken, Task<FollowPage>> fetch, CancellationToken ct) =>
        GetAsync(session, $"page:{source}:{list}:{userId}:{cursor}", refresh, fetch, ct);

    private ValueTask<T> GetAsync<T>(InstagramSession session, string key, bool refresh, Func<CancellationToken, Task<T>> fetch, CancellationToken ct)
    {
        var duration = options.Value.CacheFor;
        var flags = duration <= TimeSpan.Zero ? HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableDistributedCache
            : refresh ? HybridCacheEntryFlags.DisableLocalCacheRead | HybridCacheEntryFlags.DisableDistributedCacheRead
            : HybridCacheEntryFlags.None;
        var entry = new HybridCacheEntryOptions { Expiration = duration, LocalCacheExpiration = duration, Flags = flags };
        var viewer = session.DsUserId?.ToString() ?? session.Key;
        return cache.GetOrCreateAsync($"instagram:{viewer}:{key}", fetch, static async (f, ct) => await f(ct), entry, cancellationToken: ct);
    }
}
