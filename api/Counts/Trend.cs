namespace InstaIntel.Api.Counts;

/// <summary>Where a count is heading: a straight line through recent readings and how far off it could be.</summary>
public sealed record Projection(int Days, DateTime At, double Followers, double Low, double High, double SlopePerDay, int Points);

/// <summary>
/// A projection from daily readings only (the last reading of each UTC day of the last <see cref="FitDays"/>): five
/// readings minutes apart say nothing about a month. It needs <see cref="MinDays"/> days with a reading, and looks
/// at most twice as far ahead as those days span, so the data always covers a third of the way.
/// The line is ordinary least squares on (days, followers): x is each day's distance from the latest one (so the
/// latest is x = 0), y its follower count. The band is ±2 standard errors of a new observation at x₀,
/// s·√(1 + 1/n + (x₀ − x̄)²/Sxx) with s² = SSE/(n − 2): about 95% when the wobble around the line is normal; its
/// lower edge stops at 0.
/// </summary>
public static class Trend
{
    public const int FitDays = 30;
    public const int MinDays = 7;

    /// <summary>How many more days with a reading a projection needs; 0 once it has enough.</summary>
    public static int DaysNeeded(IEnumerable<DateTime> readingTimes) => Math.Max(0, MinDays - readingTimes.Select(t => t.Date).Distinct().Count());

    public static Projection? Project(IReadOnlyList<(DateTime At, int Followers)> readings, int days)
    {
        var daily = readings.GroupBy(r => r.At.Date).Select(d => d.MaxBy(r => r.At)).OrderBy(r => r.At).ToList();
        if (daily.Count < MinDays) return null;
        var latest = daily[^1].At;
        var points = daily.Select(r => ((r.At.Date - latest.Date).TotalDays, (double)r.Followers)).ToList();
        var horizon = Math.Min(days, 2 * (int)-points[0].Item1);
        var (value, band, slope) = Line(points, horizon);
        return new Projection(horizon, latest.AddDays(horizon), value, Math.Max(0, value - band), value + band, slope, points.Count);
    }

    /// <summary>The least-squares line's value at <paramref name="x0"/>, its ±2 standard error band there, and its slope.</summary>
    public static (double Value, double Band, double Slope) Line(IReadOnlyList<(double X, double Y)> points, double x0)
    {
        var n = points.Count;
        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        double sxx = 0, sxy = 0;
        foreach (var (x, y) in points)
        {
            sxx += (x - meanX) * (x - meanX);
            sxy += (x - meanX) * (y - meanY);
        }
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        var sse = points.Sum(p => Math.Pow(p.Y - (intercept + slope * p.X), 2));
        var s = Math.Sqrt(sse / (n - 2));
        return (intercept + slope * x0, 2 * s * Math.Sqrt(1 + 1.0 / n + Math.Pow(x0 - meanX, 2) / sxx), slope);
    }
}
