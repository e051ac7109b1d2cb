using InstaIntel.Api.Instagram;

namespace InstaIntel.Tests.Pacing;

/// <summary>What every run of a session's requests must satisfy, checked on their times alone.</summary>
public static class Windows
{
    /// <summary>
    /// The first window some stretch of <paramref name="slots"/> overfills, or null when none does: the session-wide
    /// windows over every slot, and <paramref name="surface"/>'s own window over that surface's slots.
    /// </summary>
    public static string? Overfilled(IEnumerable<LedgerSlot> slots, PacingOptions pacing, FollowSource surface)
    {
        var all = slots.OrderBy(s => s.At).ToList();
        foreach (var window in PaceLimits.Of(pacing, surface).Windows(surface))
        {
            var times = all.Where(s => window.Surface is null || s.Surface == window.Surface).Select(s => s.At).ToList();
            for (int end = 0, start = 0; end < times.Count; end++)
            {
                while (times[start] <= times[end] - window.Length) start++;
                if (end - start + 1 > window.Requests)
                    return $"{end - start + 1} requests{(window.Surface is { } s ? $" on {s}" : "")} in {window.Length} ending {times[end]:O}, over {window.Requests}";
            }
        }
        return null;
    }
}
