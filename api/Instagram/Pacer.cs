namespace InstaIntel.Api.Instagram;

/// <summary>
/// Holds each request of a session until its slot in the request ledger, which every process shares
/// (<see cref="RequestLedger"/>); lost-reason look-ups and checks count in the same budget as crawl pages.
/// </summary>
public sealed class Pacer(IRequestLedger ledger, TimeProvider clock)
{
    public async Task WaitAsync(string sessionKey, FollowSource surface, CancellationToken ct)
    {
        var wait = await ledger.ReserveAsync(sessionKey, surface, ct) - clock.GetUtcNow().UtcDateTime;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, ct);
    }
}
