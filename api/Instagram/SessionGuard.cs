using System.Collections.Concurrent;

namespace InstaIntel.Api.Instagram;

/// <summary>
/// What this process knows of each session between requests: until when Instagram blocked it, and the values
/// Instagram asked it to echo (`x-ig-set-www-claim`, `ig-set-x-mid`, `ig-set-ig-u-rur`, `ig-set-authorization`).
/// A block stops every crawl on the session before its next request, not after its own failure.
/// </summary>
public sealed class SessionGuard(TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTime> blockedUntil = new();
    private readonly ConcurrentDictionary<(string Session, string Header), string> echoes = new();

    public void Block(string sessionKey, DateTime until) => blockedUntil.AddOrUpdate(sessionKey, until, (_, old) => old > until ? old : until);

    public void Unblock(string sessionKey) => blockedUntil.TryRemove(sessionKey, out _);

    public DateTime? BlockedUntil(string sessionKey) =>
        blockedUntil.TryGetValue(sessionKey, out var until) && until > clock.GetUtcNow().UtcDateTime ? until : null;

    public void ThrowIfBlocked(string sessionKey)
    {
        if (BlockedUntil(sessionKey) is { } until)
            throw new ActionBlockedException($"blocked until {until:u}", until);
    }

    public void Remember(string sessionKey, string header, string value) => echoes[(sessionKey, header)] = value;

    public string? Echo(string sessionKey, string header) => echoes.GetValueOrDefault((sessionKey, header));
}
