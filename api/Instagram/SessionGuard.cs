using System.Collections.Concurrent;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// Until when Instagram blocked each session, as this process knows it. A block stops every crawl on the session before its next request, not after its own failure.
/// </summary>
public sealed class SessionGuard(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTime> blockedUntil = new();

    public void Block(string sessionKey, DateTime until) => blockedUntil.AddOrUpdate(sessionKey, until, (_, old) => old > until ? old : until);

    public void Unblock(string sessionKey) => blockedUntil.TryRemove(sessionKey, out _);

    public DateTime? BlockedUntil(string sessionKey) =>
        blockedUntil.TryGetValue(sessionKey, out var until) && until > clock.GetUtcNow().UtcDateTime ? until : null;

    public void ThrowIfBlocked(string sessionKey)
    {
        if (BlockedUntil(sessionKey) is { } until)
            throw new ActionBlockedException($"blocked until {until:u}", until);
    }
}
