namespace InstaIntel.Simulator;

public sealed class DetectorOptions
{
    public bool Enabled { get; set; } = true;
    /// <summary>Users served within <see cref="Window"/> before the evenness of the reading counts against it.</summary>
    public int Entries { get; set; } = 2_000;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Gaps between pages whose coefficient of variation (stddev / mean) is below this look machine-made.</summary>
    public double MaxEvenness { get; set; } = 0.5;
    /// <summary>Fewer gaps than this say too little about a rhythm to judge it.</summary>
    public int MinGaps { get; set; } = 20;
}

/// <summary>One page of a follower dialog: when it was served and how many users it held.</summary>
public readonly record struct PageRead(DateTimeOffset At, int Users);

/// <summary>
/// Instagram's automated-activity rule for the web follower dialog, as it behaves since September 2026: a dialog read
/// both far (about 2,000 users within the window) and evenly (gaps between pages that barely vary) logs the account
/// out. People scroll in bursts and pauses; a loop with a fixed delay does not.
/// </summary>
public static class Detector
{
    public static bool LooksAutomated(IReadOnlyList<PageRead> pages, DateTimeOffset now, DetectorOptions options)
    {
        if (!options.Enabled) return false;
        var recent = pages.Where(p => now - p.At < options.Window).OrderBy(p => p.At).ToList();
        if (recent.Sum(p => p.Users) < options.Entries) return false;
        var gaps = Gaps(recent);
        return gaps.Count >= options.MinGaps && Variation(gaps) < options.MaxEvenness;
    }

    public static List<double> Gaps(IReadOnlyList<PageRead> pages) =>
        [.. pages.Zip(pages.Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds)];

    /// <summary>Standard deviation over mean; pages served all at once (mean 0) are as even as it gets.</summary>
    public static double Variation(IReadOnlyList<double> gaps)
    {
        var mean = gaps.Average();
        if (mean <= 0) return 0;
        var variance = gaps.Sum(g => (g - mean) * (g - mean)) / gaps.Count;
        return Math.Sqrt(variance) / mean;
    }
}
