using InstaIntel.Api.Counts;

namespace InstaIntel.Tests.Counts;

public sealed class TrendTests
{
    private static readonly DateTime Latest = new(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_line_is_least_squares_with_a_two_standard_error_band()
    {
        // By hand: x = −3, −2, −1, 0 days; y = 100, 110, 125, 130. x̄ = −1.5, ȳ = 116.25, Sxx = 5, Sxy = 52.5,
        // slope 10.5, intercept 132; residuals −0.5, −1, 3.5, −2 so SSE = 17.5 and s² = 17.5 / 2 = 8.75.
        // At x₀ = 10: 132 + 105 = 237, band 2·√8.75·√(1 + 1/4 + 11.5²/5) = 2 · 2.958040 · √27.7 = 31.136795.
        var (value, band, slope) = Trend.Line([(-3, 100), (-2, 110), (-1, 125), (0, 130)], 10);

        Assert.Equal(10.5, slope, 9);
        Assert.Equal(237, value, 9);
        Assert.Equal(31.136795, band, 4);
    }

    [Fact]
    public void A_week_of_daily_readings_on_a_line_projects_along_it_with_no_band()
    {
        var readings = Enumerable.Range(0, 7).Select(i => (Latest.AddDays(-i), 1_000 - 20 * i)).ToArray();

        var projection = Trend.Project(readings, 10)!;

        Assert.Equal(1_200, projection.Followers, 9);
        Assert.Equal(projection.Followers, projection.Low, 9);
        Assert.Equal(projection.Followers, projection.High, 9);
        Assert.Equal(Latest.AddDays(10), projection.At);
        Assert.Equal(7, projection.Points);
    }

    [Fact]
    public void Readings_minutes_apart_give_no_projection_and_say_how_many_days_are_missing()
    {
        // What a new user's first hour looks like: five crawls minutes apart, the count moving by a few people.
        var readings = new[] { (Latest, 1_100), (Latest.AddMinutes(4), 1_103), (Latest.AddMinutes(9), 1_101), (Latest.AddMinutes(15), 1_108), (Latest.AddMinutes(21), 1_110) };

        Assert.Null(Trend.Project(readings, 30));
        Assert.Equal(Trend.MinDays - 1, Trend.DaysNeeded(readings.Select(r => r.Item1)));
    }

    [Fact]
    public void Each_day_counts_once_with_its_last_reading()
    {
        // Six days on a line plus a burst of readings on the latest day: the burst's last one is that day's.
        var readings = Enumerable.Range(1, 6).Select(i => (Latest.AddDays(-i), 1_000 - 10 * i))
            .Concat([(Latest.AddHours(-1), 5_000), (Latest, 1_000)]).ToArray();

        var projection = Trend.Project(readings, 4)!;

        Assert.Equal(7, projection.Points);
        Assert.Equal(1_040, projection.Followers, 9);
        Assert.Equal(0, Trend.DaysNeeded(readings.Select(r => r.Item1)));
    }

    [Fact]
    public void The_projection_looks_at_most_twice_as_far_ahead_as_its_readings_span_and_never_below_zero()
    {
        var falling = Enumerable.Range(0, 7).Select(i => (Latest.AddDays(-i), 60 + 10 * i + (i % 2 == 0 ? 3 : -3))).ToArray();

        var projection = Trend.Project(falling, 30)!;

        Assert.Equal(12, projection.Days); // six days spanned
        Assert.Equal(Latest.AddDays(12), projection.At);
        Assert.True(projection.Followers < 0, $"the line itself goes below zero: {projection.Followers}");
        Assert.Equal(0, projection.Low);
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
