namespace InstaIntel.Api.Counts;

/// <summary>Where a count is heading: a straight line through recent readings and how far off it could be.</summary>
public sealed record Projection(int Days, DateTime At, double Followers, double Low, double High, double SlopePerDay, int Points);

/// <summary>
/// Ordinary least squares on (days, followers): x is each reading's age in days relative to the latest one (so the
/// latest is x = 0), y its follower count. The band is ±2 standard errors of a new observation at x₀,
/// s·√(1 + 1/n + (x₀ − x̄)²/Sxx) with s² = SSE/(n − 2): about 95% when the wobble around the line is normal. It needs
/// three readings on at least two different moments; fewer give no projection.
/// </summary>
public static class Trend
{
    public const int FitDays = 30;

    public static Projection? Project(IReadOnlyList<(DateTime At, int Followers)> readings, int days)
    {
        if (readings.Count < 3) return null;
        var latest = readings.Max(r => r.At);
        var xs = readings.Select(r => (r.At - latest).TotalDays).ToArray();
        var ys = readings.Select(r => (double)r.Followers).ToArray();
        var n = xs.Length;
        var meanX = xs.Average();
        var meanY = ys.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (xs[i] - meanX) * (xs[i] - meanX);
            sxy += (xs[i] - meanX) * (ys[i] - meanY);
        }
        if (sxx <= 0) return null;
        var slope = sxy / sxx;
        var intercept = meanY - slope * meanX;
        var sse = 0.0;
        for (var i = 0; i < n; i++) sse += Math.Pow(ys[i] - (intercept + slope * xs[i]), 2);
        var s = Math.Sqrt(sse / (n - 2));
        var predicted = intercept + slope * days;
        var band = 2 * s * Math.Sqrt(1 + 1.0 / n + Math.Pow(days - meanX, 2) / sxx);
        return new Projection(days, latest.AddDays(days), predicted, predicted - band, predicted + band, slope, n);
    }
}
