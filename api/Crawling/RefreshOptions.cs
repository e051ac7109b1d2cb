namespace InstaIntel.Api.Crawling;

/// <summary>
/// Settings under `Instagram:Refresh:`. A crawl reads a list head-only (from the top until a run of known followers)
/// when the last full crawl of that list is younger than <see cref="FullEvery"/>; otherwise it reads the whole list.
/// </summary>
public sealed class RefreshOptions
{
    /// <summary>How old the last full crawl of a list may be before the next one reads it whole again; zero: always whole.</summary>
    public TimeSpan FullEvery { get; set; } = TimeSpan.FromDays(7);
    /// <summary>How many followers in a row, already known, end a head-only read; 0: one page of the source serving the list.</summary>
    public int KnownRun { get; set; }
}
