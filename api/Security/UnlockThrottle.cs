using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace InstaIntel.Api.Security;

/// <summary>
/// Per-client unlock attempts: after each wrong passphrase the client waits, twice as long as the last time (up to
/// the maximum), before the next attempt is even checked. A right passphrase clears its record.
/// </summary>
public sealed class UnlockThrottle(TimeProvider clock, IOptionsMonitor<SecurityOptions> options)
{
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset Until)> clients = new();

    /// <summary>How long this client must still wait; zero when it may try now.</summary>
    public TimeSpan Wait(string client) =>
        clients.TryGetValue(client, out var record) && record.Until > clock.GetUtcNow() ? record.Until - clock.GetUtcNow() : TimeSpan.Zero;

    /// <summary>Records a wrong passphrase; returns how long the client must now wait.</summary>
    public TimeSpan Failed(string client)
    {
        var o = options.CurrentValue;
        var record = clients.AddOrUpdate(client,
            _ => (1, clock.GetUtcNow() + o.UnlockDelay),
            (_, r) => (r.Failures + 1, clock.GetUtcNow() + Delay(r.Failures + 1, o)));
        return record.Until - clock.GetUtcNow();
    }

    public void Succeeded(string client) => clients.TryRemove(client, out _);

    private static TimeSpan Delay(int failures, SecurityOptions o)
    {
        var doubled = o.UnlockDelay.Ticks * Math.Pow(2, Math.Min(failures - 1, 40));
        return doubled >= o.MaxUnlockDelay.Ticks ? o.MaxUnlockDelay : TimeSpan.FromTicks((long)doubled);
    }
}
