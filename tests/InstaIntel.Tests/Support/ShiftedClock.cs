namespace InstaIntel.Tests.Support;

/// <summary>
/// A fake clock for the app and its Quartz scheduler: "now" is wherever the test puts it and moves at real speed from
/// there, so timers and delays stay real while the calendar is anywhere the test needs (02:00 in a far zone, three days on).
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public ShiftedClock(DateTimeOffset now) => Set(now);

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref offsetTicks, (now - TimeProvider.System.GetUtcNow()).Ticks);
}
