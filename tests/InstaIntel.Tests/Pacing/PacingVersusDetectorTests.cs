using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;

namespace InstaIntel.Tests.Pacing;

/// <summary>
/// The app's own pacing rule against the simulator's detector, on a simulated clock: a browser session reading a
/// 36,000-person follower dialog at the default pacing is never taken for a program, while the even cadence the
/// pacer used to keep, at the same rate, is.
/// </summary>
public sealed class PacingVersusDetectorTests
{
    private const int Pages = 3_000;
    private const int PerPage = 12;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_default_pacing_reads_a_big_dialog_without_tripping_the_detector(int seed)
    {
        var limits = PaceLimits.Of(new PacingOptions(), FollowSource.WebApi);
        var random = new Random(seed);
        var now = new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
        var history = new List<LedgerSlot>();
        var times = new List<DateTime>();
        for (var i = 0; i < Pages; i++)
        {
            history.RemoveAll(s => now - s.At >= TimeSpan.FromDays(1));
            var at = PaceRule.Next(history, FollowSource.WebApi, now, limits, random);
            history.Add(new LedgerSlot(FollowSource.WebApi, at));
            times.Add(at);
            now = at + TimeSpan.FromMilliseconds(400);
        }

        Assert.Equal(0, Fired(times));
        Assert.True(times.Zip(times.Skip(1), (a, b) => b - a).Min() > TimeSpan.Zero);
    }

    [Fact]
    public void An_even_cadence_at_the_same_rate_is_logged_out()
    {
        var limits = PaceLimits.Of(new PacingOptions(), FollowSource.WebApi);
        var start = new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
        var times = Enumerable.Range(0, Pages).Select(i => start + limits.MeanGap * i).ToList();

        Assert.True(Fired(times) > 0);
    }

    /// <summary>How many pages the detector would have refused, shown the dialog page by page as the simulator sees it.</summary>
    private static int Fired(List<DateTime> times)
    {
        var options = new DetectorOptions();
        var pages = new List<PageRead>();
        var fired = 0;
        foreach (var at in times)
        {
            pages.Add(new PageRead(at, PerPage));
            pages.RemoveAll(p => at - p.At >= options.Window);
            if (Detector.LooksAutomated(pages, at, options)) fired++;
        }
        return fired;
    }
}
