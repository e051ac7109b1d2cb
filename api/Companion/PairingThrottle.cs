using System.Collections.Concurrent;

namespace InstaIntel.Api.Companion;

/// <summary>
/// Wrong pairing codes per client: after <see cref="Allowed"/> within <see cref="Window"/>, the client waits out the
/// window before its next code is even looked at. A code that works clears its record.
/// </summary>
public sealed class PairingThrottle(TimeProvider clock)
{
    public const int Allowed = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Since)> clients = new();

    /// <summary>How long this client must still wait; zero when it may try now.</summary>
    public TimeSpan Wait(string client)
    {
        if (!clients.TryGetValue(client, out var record) || record.Failures < Allowed) return TimeSpan.Zero;
        var left = record.Since + Window - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    public void Failed(string client)
    {
        var now = clock.GetUtcNow();
        clients.AddOrUpdate(client, _ => (1, now), (_, r) => r.Since + Window <= now ? (1, now) : (r.Failures + 1, r.Since));
    }

    public void Succeeded(string client) => clients.TryRemove(client, out _);
}
