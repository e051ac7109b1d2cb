using InstaIntel.Api;
using InstaIntel.Api.Instagram;
using InstaIntel.Simulator;

namespace InstaIntel.Bench;

/// <summary>
/// What a crawl's requests look like to Instagram at the default pacing, on a simulated clock: each request placed by
/// the app's own <see cref="PaceRule"/> under the default <see cref="PacingOptions"/>, one after the other as one
/// session would send them, and the web dialog's pages shown to the simulator's <see cref="Detector"/>.
/// </summary>
public static class PacedScheduleBench
{
    /// <summary>How long one request takes between its slot and the next reservation.</summary>
    private static readonly TimeSpan RequestTime = TimeSpan.FromMilliseconds(400);

    /// <param name="GapVariation">Coefficient of variation of the gaps while reading, i.e. without the rests a full window forces.</param>
    /// <param name="Rests">Gaps longer than <see cref="PacingOptions.LongestWait"/>: the crawl pauses there (a daily cap reached).</param>
    public sealed record Schedule(int Requests, TimeSpan Duration, int Busiest10Minutes, int Busiest24Hours, double GapVariation, int Rests, int DetectorFired);

    public static Schedule Run(FollowSource surface, int requests, int usersPerPage, int seed)
    {
        var pacing = new PacingOptions();
        var limits = PaceLimits.Of(pacing, surface);
        var random = new Random(seed);
        var start = new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
        var now = start;
        var day = new Queue<LedgerSlot>();
        var times = new List<DateTime>(requests);
        var pages = new List<PageRead>();
        var detector = new DetectorOptions();
        var fired = 0;
        for (var i = 0; i < requests; i++)
        {
            while (day.Count > 0 && now - day.Peek().At >= TimeSpan.FromDays(1)) day.Dequeue();
            var at = PaceRule.Next(day, surface, now, limits, random);
            day.Enqueue(new LedgerSlot(surface, at));
            times.Add(at);
            if (surface == FollowSource.WebApi)
            {
                pages.Add(new PageRead(at, usersPerPage));
                pages.RemoveAll(p => at - p.At >= detector.Window);
                if (Detector.LooksAutomated(pages, at, detector)) fired++;
            }
            now = at + RequestTime;
        }
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        var reading = gaps.Where(g => g <= pacing.LongestWait).Select(g => g.TotalMilliseconds).ToList();
        return new Schedule(requests, times[^1] - start, Busiest(times, TimeSpan.FromMinutes(10)), Busiest(times, TimeSpan.FromDays(1)),
            reading.Count == 0 ? 0 : Detector.Variation(reading), gaps.Count - reading.Count, fired);
    }

    /// <summary>The most requests in any window of this length (times in order).</summary>
    private static int Busiest(List<DateTime> times, TimeSpan window)
    {
        var most = 0;
        for (int first = 0, last = 0; last < times.Count; last++)
        {
            while (times[last] - times[first] >= window) first++;
            most = Math.Max(most, last - first + 1);
        }
        return most;
    }
}
