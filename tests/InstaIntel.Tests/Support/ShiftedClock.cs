namespace InstaIntel.Tests.Support;

/// <summary>
/// A fake clock for the app and its Quartz scheduler: "now" starts where the test says and moves at real speed, so
/// timers and delays stay real while the calendar is anywhere the test needs (02:00 in a far zone, three days later).
/// </summary>
public sealed class ShiftedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeSpan offset = now - TimeProvider.System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + offset;
}
