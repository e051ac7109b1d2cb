namespace InstaIntel.Api.Instagram;

/// <summary>One reserved request of a session: a row of `request_ledger`.</summary>
public readonly record struct LedgerSlot(FollowSource Surface, DateTime At);

/// <summary>At most <see cref="Requests"/> of a session's requests in any <see cref="Length"/>; only on <see cref="Surface"/> when set.</summary>
public readonly record struct PaceWindow(int Requests, TimeSpan Length, FollowSource? Surface = null);

/// <summary>The limits one session's next request is placed under, its overrides already clamped to the settings.</summary>
public sealed record PaceLimits(int RequestsPerMinute, int RequestsPerHour, int DailyCap, SurfaceWindow SurfaceWindow, TimeSpan Jitter)
{
    /// <summary>Far beyond anything a crawl reaches (the simulator, tests): the ledger is written, history is not read and nothing waits.</summary>
    public const int Unbounded = 100_000;

    public bool IsUnbounded => Math.Min(Math.Min(RequestsPerMinute, RequestsPerHour), Math.Min(DailyCap, SurfaceWindow.Requests)) >= Unbounded;

    /// <summary>The mean gap between requests the per-minute and per-hour rates imply, whichever is slower.</summary>
    public TimeSpan MeanGap => TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMinute / RequestsPerMinute, TimeSpan.TicksPerHour / RequestsPerHour));

    public IEnumerable<PaceWindow> Windows(FollowSource surface) =>
    [
        new(RequestsPerMinute, TimeSpan.FromMinutes(1)),
        new(RequestsPerHour, TimeSpan.FromHours(1)),
        new(DailyCap, TimeSpan.FromDays(1)),
        new(SurfaceWindow.Requests, SurfaceWindow.Window, surface),
    ];

    /// <summary>A session's own limits where it has them, never above the settings (the ceilings); the settings where it has none.</summary>
    public static PaceLimits Of(PacingOptions ceilings, FollowSource surface, int? perMinute = null, int? perHour = null, int? dailyCap = null) =>
        new(Clamp(perMinute, ceilings.RequestsPerMinute), Clamp(perHour, ceilings.RequestsPerHour), Clamp(dailyCap, ceilings.DailyCap),
            ceilings.WindowOf(surface), ceilings.Jitter);

    private static int Clamp(int? wanted, int ceiling) => Math.Clamp(wanted ?? ceiling, 1, ceiling);
}

/// <summary>
/// Where a session's next request goes, given the requests it already has in the ledger: a gap after the newest of
/// them drawn from a distribution (an even cadence all day is what a detector notices), then later still if any
/// window is full. Pure, so a benchmark can run it on a simulated clock.
/// </summary>
public static class PaceRule
{
    /// <summary>The spread of the gaps: a coefficient of variation of 1, as people's pauses between pages have.</summary>
    private const double Variation = 1.0;
    /// <summary>Now and then a longer break, as when someone looks at a profile before scrolling on.</summary>
    private const double BreakChance = 0.01;
    private const double BreakShortest = 3, BreakLongest = 10;
    /// <summary>No gap is shorter than this share of the mean, however the draw falls.</summary>
    private const double Floor = 0.2;

    /// <summary>
    /// The earliest time at or after <paramref name="now"/> that is a drawn gap after the session's newest request and
    /// leaves every window of <paramref name="limits"/> with room. <paramref name="history"/> is the session's requests
    /// of the last 24 hours, in any order; some may lie in the future (reserved, not yet sent).
    /// </summary>
    public static DateTime Next(IReadOnlyCollection<LedgerSlot> history, FollowSource surface, DateTime now, PaceLimits limits, Random random)
    {
        var next = now;
        if (history.Count > 0) next = Max(next, history.Max(s => s.At) + Gap(limits, random));
        foreach (var window in limits.Windows(surface))
        {
            // The window has room at t once its Nth newest request is at least a window's length before t.
            var inWindow = history.Where(s => window.Surface is null || s.Surface == window.Surface).Select(s => s.At)
                .OrderDescending().Skip(window.Requests - 1).FirstOrDefault();
            if (inWindow != default) next = Max(next, inWindow + window.Length);
        }
        return next;
    }

    /// <summary>A log-normal gap around the mean the rates imply, sometimes a longer break, never below the floor, plus jitter.</summary>
    public static TimeSpan Gap(PaceLimits limits, Random random)
    {
        var mean = limits.MeanGap.TotalSeconds;
        var breaks = BreakChance * (BreakShortest + BreakLongest) / 2;
        var sigma = Math.Sqrt(Math.Log(1 + Variation * Variation));
        var mu = Math.Log(mean * (1 - breaks)) - sigma * sigma / 2; // the breaks are part of the mean, not on top of it
        var seconds = Math.Exp(mu + sigma * StandardNormal(random));
        if (random.NextDouble() < BreakChance) seconds += mean * (BreakShortest + (BreakLongest - BreakShortest) * random.NextDouble());
        seconds = Math.Max(seconds, mean * Floor) + limits.Jitter.TotalSeconds * random.NextDouble();
        return TimeSpan.FromSeconds(seconds);
    }

    private static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
