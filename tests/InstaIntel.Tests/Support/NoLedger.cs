using InstaIntel.Api.Instagram;

namespace InstaIntel.Tests.Support;

/// <summary>A ledger that places every request now: for tests of the client alone, with no database behind it.</summary>
public sealed class NoLedger : IRequestLedger
{
    public Task<DateTime> ReserveAsync(string sessionKey, FollowSource surface, CancellationToken ct) => Task.FromResult(DateTime.UtcNow);
}
