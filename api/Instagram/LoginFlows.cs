using System.Collections.Concurrent;

namespace InstaIntel.Api.Instagram;

/// <summary>Logins waiting for their two-factor code, for ten minutes at most. The CSRF token stays server-side.</summary>
public sealed class LoginFlows(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (TwoFactorChallenge Challenge, DateTimeOffset Expires)> pending = new();

    public void Remember(TwoFactorChallenge challenge)
    {
        foreach (var (key, value) in pending)
            if (value.Expires < clock.GetUtcNow()) pending.TryRemove(key, out _);
        pending[challenge.Identifier] = (challenge, clock.GetUtcNow() + Lifetime);
    }

    public TwoFactorChallenge? Take(string identifier) =>
        pending.TryRemove(identifier, out var entry) && entry.Expires >= clock.GetUtcNow() ? entry.Challenge : null;
}
