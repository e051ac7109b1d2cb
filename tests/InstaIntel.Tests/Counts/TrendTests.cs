using InstaIntel.Api.Counts;

namespace InstaIntel.Tests.Counts;

public sealed class TrendTests
{
    private static readonly DateTime Latest = new(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_projection_is_the_least_squares_line_with_a_two_standard_error_band()
    {
        // By hand: x = −3, −2, −1, 0 days; y = 100, 110, 125, 130. x̄ = −1.5, ȳ = 116.25, Sxx = 5, Sxy = 52.5,
        // slope 10.5, intercept 132; residuals −0.5, −1, 3.5, −2 so SSE = 17.5 and s² = 17.5 / 2 = 8.75.
        // At x₀ = 10: 132 + 105 = 237, band 2·√8.75·√(1 + 1/4 + 11.5²/5) = 2 · 2.958040 · √27.7 = 31.136795.
        var readings = new[] { (Latest.AddDays(-3), 100), (Latest.AddDays(-2), 110), (Latest.AddDays(-1), 125), (Latest, 130) };

        var projection = Trend.Project(readings, 10)!;

        Assert.Equal(10.5, projection.SlopePerDay, 9);
        Assert.Equal(237, projection.Followers, 9);
        Assert.Equal(237 - 31.136795, projection.Low, 4);
        Assert.Equal(237 + 31.136795, projection.High, 4);
        Assert.Equal(Latest.AddDays(10), projection.At);
        Assert.Equal(4, projection.Points);
    }

    [Fact]
    public void Readings_on_a_perfect_line_have_no_band()
    {
        var readings = Enumerable.Range(0, 5).Select(i => (Latest.AddDays(-i), 1_000 - 20 * i)).ToArray();
        var projection = Trend.Project(readings, 7)!;
        Assert.Equal(1_140, projection.Followers, 9);
        Assert.Equal(projection.Followers, projection.Low, 9);
        Assert.Equal(projection.Followers, projection.High, 9);
    }

    [Fact]
    public void Fewer_than_three_readings_or_one_moment_give_no_projection()
    {
        Assert.Null(Trend.Project([(Latest.AddDays(-1), 10), (Latest, 12)], 30));
        Assert.Null(Trend.Project([(Latest, 10), (Latest, 12), (Latest, 11)], 30));
    }

    [Fact]
    public void Buckets_keep_the_last_reading_of_each_period_and_leave_gaps_empty()
    {
        var day = new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc); // a Monday
        CountBucket At(int days, int hours, int? followers, int? following = null) => new(day.AddDays(days).AddHours(hours), followers, following, null);
        var readings = new[] { At(0, 1, 100, 5), At(0, 20, 104), At(2, 3, 110, 6), At(9, 3, 120, 7) };

        var days = CountHistory.Bucket(readings, day, day.AddDays(3), CountInterval.Day);
        Assert.Equal([104, null, 110, null], days.Select(b => b.Followers));
        Assert.Equal([5, null, 6, null], days.Select(b => b.Following)); // a count the last reading lacked comes from an earlier one that day
        Assert.Equal(day.AddDays(1), days[1].At);

        var weeks = CountHistory.Bucket(readings, null, day.AddDays(20), CountInterval.Week);
        Assert.Equal([110, 120, null], weeks.Select(b => b.Followers));
        Assert.Equal([day, day.AddDays(7), day.AddDays(14)], weeks.Select(b => b.At));

        var months = CountHistory.Bucket(readings, day.AddMonths(-1), day.AddDays(20), CountInterval.Month);
        Assert.Equal([null, 120], months.Select(b => b.Followers));
    }
}
