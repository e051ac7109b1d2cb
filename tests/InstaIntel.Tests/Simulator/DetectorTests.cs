using InstaIntel.Simulator;

namespace InstaIntel.Tests.Simulator;

/// <summary>The automated-activity rule alone, over made-up page times.</summary>
public sealed class DetectorTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly DetectorOptions Defaults = new();

    private static List<PageRead> Pages(IEnumerable<double> gapsMs, int usersPerPage)
    {
        var at = Start;
        var pages = new List<PageRead> { new(at, usersPerPage) };
        foreach (var gap in gapsMs) pages.Add(new PageRead(at = at.AddMilliseconds(gap), usersPerPage));
        return pages;
    }

    [Fact]
    public void Even_pages_past_two_thousand_users_look_automated()
    {
        var pages = Pages(Enumerable.Range(0, 166).Select(i => 15.0 + i % 3), usersPerPage: 12);

        Assert.True(Detector.LooksAutomated(pages, pages[^1].At, Defaults));
        Assert.False(Detector.LooksAutomated(pages[..^1], pages[^2].At, Defaults)); // 166 pages: 1,992 users
    }

    [Fact]
    public void Gaps_drawn_from_a_log_normal_with_a_variation_near_one_do_not()
    {
        // σ² = ln 2 makes a log-normal's coefficient of variation exactly 1.
        var random = new Random(20261207);
        var sigma = Math.Sqrt(Math.Log(2));
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var gaps = Enumerable.Range(0, 250).Select(_ => 1_500 * Math.Exp(sigma * Normal())).ToList();
        var pages = Pages(gaps, usersPerPage: 12);

        Assert.InRange(Detector.Variation(gaps), 0.7, 1.4);
        Assert.True(pages.Sum(p => p.Users) >= Defaults.Entries);
        Assert.False(Detector.LooksAutomated(pages, pages[^1].At, Defaults));
    }

    [Fact]
    public void A_short_even_scan_under_the_entry_threshold_does_not()
    {
        var pages = Pages(Enumerable.Repeat(15.0, 120), usersPerPage: 12);

        Assert.Equal(0, Detector.Variation(Detector.Gaps(pages)));
        Assert.False(Detector.LooksAutomated(pages, pages[^1].At, Defaults));
    }

    [Fact]
    public void Too_few_gaps_say_nothing_about_a_rhythm()
    {
        var pages = Pages(Enumerable.Repeat(1_000.0, 10), usersPerPage: 200);

        Assert.True(pages.Sum(p => p.Users) >= Defaults.Entries);
        Assert.False(Detector.LooksAutomated(pages, pages[^1].At, Defaults));
    }

    [Fact]
    public void Only_pages_within_the_window_count()
    {
        // 300 even pages a minute apart: 3,600 users in all, but only 30 pages (360 users) in any 30 minutes.
        var pages = Pages(Enumerable.Repeat(60_000.0, 299), usersPerPage: 12);

        Assert.False(Detector.LooksAutomated(pages, pages[^1].At, Defaults));
        Assert.True(Detector.LooksAutomated(pages, pages[^1].At, new DetectorOptions { Window = TimeSpan.FromHours(6) }));
    }

    [Fact]
    public void A_disabled_detector_never_fires()
    {
        var pages = Pages(Enumerable.Repeat(15.0, 300), usersPerPage: 12);

        Assert.True(Detector.LooksAutomated(pages, pages[^1].At, Defaults));
        Assert.False(Detector.LooksAutomated(pages, pages[^1].At, new DetectorOptions { Enabled = false }));
    }
}
