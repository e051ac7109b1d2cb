using InstaIntel.Api.Instagram;

namespace InstaIntel.Tests.Pacing;

public sealed class PaceRuleTests
{
    private static readonly DateTime Start = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly PacingOptions Defaults = new() { Jitter = TimeSpan.Zero };

    /// <summary>A crawl that sends each request the moment its slot comes, on a simulated clock.</summary>
    private static List<LedgerSlot> Run(int requests, PacingOptions pacing, int seed, Func<int, FollowSource>? surfaceOf = null)
    {
        var random = new Random(seed);
        var history = new List<LedgerSlot>();
        var now = Start;
        for (var i = 0; i < requests; i++)
        {
            var surface = surfaceOf?.Invoke(i) ?? FollowSource.WebApi;
            var at = PaceRule.Next(history.Where(s => s.At > now - TimeSpan.FromDays(1)).ToList(), surface, now, PaceLimits.Of(pacing, surface), random);
            Assert.True(at >= now, $"Slot {at:O} before now {now:O}");
            history.Add(new LedgerSlot(surface, at));
            now = at;
        }
        return history;
    }

    [Fact]
    public void A_day_of_requests_never_overfills_a_minute_an_hour_a_surface_or_the_day()
    {
        var slots = Run(2_600, Defaults, seed: 1, i => i % 3 == 0 ? FollowSource.MobileApi : FollowSource.WebApi);

        Assert.Null(Windows.Overfilled(slots, Defaults, FollowSource.WebApi));
        Assert.Null(Windows.Overfilled(slots, Defaults, FollowSource.MobileApi));
        // The daily cap: the 2,001st request waits until the first is a day old.
        Assert.True(slots[2_000].At >= slots[0].At + TimeSpan.FromDays(1), $"Request 2,001 at {slots[2_000].At:O}");
        Assert.True(slots[1_999].At < slots[0].At + TimeSpan.FromHours(12), "The cap, not the rate, should be what stops the 2,001st");
    }

    [Fact]
    public void Gaps_are_drawn_around_the_mean_the_rate_implies_with_a_coefficient_of_variation_near_one()
    {
        var limits = PaceLimits.Of(new PacingOptions { RequestsPerMinute = 6, RequestsPerHour = 1_000, Jitter = TimeSpan.Zero }, FollowSource.WebApi);
        var random = new Random(7);
        var gaps = Enumerable.Range(0, 50_000).Select(_ => PaceRule.Gap(limits, random).TotalSeconds).ToList();

        var mean = gaps.Average();
        var variation = Math.Sqrt(gaps.Average(g => (g - mean) * (g - mean))) / mean;
        Assert.InRange(mean, 9.0, 11.0);
        Assert.InRange(variation, 0.8, 1.4);
        Assert.True(gaps.Min() >= 2.0, $"A gap of {gaps.Min()} s is below the floor of a fifth of the mean");
        Assert.InRange(gaps.Count(g => g > 30), 500, 5_000); // long breaks now and then, not often
    }

    [Fact]
    public void The_same_seed_gives_the_same_day_and_another_seed_another()
    {
        var first = Run(200, Defaults, seed: 3);

        Assert.Equal(first, Run(200, Defaults, seed: 3));
        Assert.NotEqual(first, Run(200, Defaults, seed: 4));
    }

    [Fact]
    public void A_session_may_be_set_slower_than_the_settings_never_faster()
    {
        var ceilings = new PacingOptions { RequestsPerMinute = 6, RequestsPerHour = 390, DailyCap = 2_000 };

        Assert.Equal((3, 390, 500), Limits(PaceLimits.Of(ceilings, FollowSource.WebApi, 3, null, 500)));
        Assert.Equal((6, 390, 2_000), Limits(PaceLimits.Of(ceilings, FollowSource.WebApi, 60, 10_000, 9_999)));
        Assert.Equal(TimeSpan.FromSeconds(20), PaceLimits.Of(ceilings, FollowSource.WebApi, 6, 180).MeanGap); // the hour is the slower
    }

    [Fact]
    public void After_a_quiet_spell_the_next_request_goes_at_once()
    {
        var history = new List<LedgerSlot> { new(FollowSource.WebApi, Start - TimeSpan.FromHours(2)) };

        Assert.Equal(Start, PaceRule.Next(history, FollowSource.WebApi, Start, PaceLimits.Of(Defaults, FollowSource.WebApi), new Random(1)));
    }

    [Fact]
    public void The_window_check_itself_finds_seven_requests_in_a_minute()
    {
        var seven = Enumerable.Range(0, 7).Select(i => new LedgerSlot(FollowSource.WebApi, Start + TimeSpan.FromSeconds(8 * i))).ToList();

        Assert.Contains("7 requests in 00:01:00", Windows.Overfilled(seven, Defaults, FollowSource.WebApi));
        Assert.Null(Windows.Overfilled(seven.Skip(1), Defaults, FollowSource.WebApi));
    }

    private static (int, int, int) Limits(PaceLimits l) => (l.RequestsPerMinute, l.RequestsPerHour, l.DailyCap);
}
