using System.Text.Json.Serialization;

namespace InstaIntel.Simulator;

[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    ServerError, Slow, TruncatedJson, ChangedQueryHash, Checkpoint, LoginRequired, RateLimited, NotFound,
    /// <summary>An action block: 400 `feedback_required` with `spam: true`.</summary>
    FeedbackRequired,
    /// <summary>"Please wait a few minutes" on a 401, as the web hosts say it.</summary>
    PleaseWait,
    /// <summary>302 to the login page, as the web hosts answer a logged-out session.</summary>
    LoginRedirect,
    /// <summary>302 to a challenge page.</summary>
    ChallengeRedirect,
    /// <summary>403 `user_has_logged_out`.</summary>
    LoggedOut,
    /// <summary>The list page says `should_limit_list_of_followers: true`.</summary>
    ListLimited,
    /// <summary>The list ends after this page although more people follow.</summary>
    ShortList,
}

/// <summary>
/// A fault injected into matching requests: the next <see cref="Count"/> of them, or each with probability
/// <see cref="Rate"/> (deterministic per request number, so runs repeat).
/// </summary>
public sealed class Fault
{
    public FaultKind Kind { get; set; }
    /// <summary>
    /// A substring of `surface:path?query` that the fault applies to (surfaces: `web`, `webapi`, `mobile`); empty for all.
    /// </summary>
    public string Match { get; set; } = "";
    public int? Count { get; set; }
    public double? Rate { get; set; }
    public int DelayMs { get; set; } = 3_000;
}

public sealed class Faults
{
    private readonly List<Fault> active = [];
    private long requestNumber;

    public void Add(Fault fault)
    {
        lock (active) active.Add(fault);
    }

    public void Clear()
    {
        lock (active) active.Clear();
    }

    public Fault? Next(string pathAndQuery)
    {
        var n = Interlocked.Increment(ref requestNumber);
        lock (active)
        {
            foreach (var fault in active.Where(f => pathAndQuery.Contains(f.Match, StringComparison.OrdinalIgnoreCase)))
            {
                if (fault.Count is > 0)
                {
                    if (--fault.Count == 0) active.Remove(fault);
                    return fault;
                }
                if (fault.Rate is { } rate && Hash(n) < rate) return fault;
            }
            return null;
        }
    }

    private static double Hash(long n) => (ulong)(n * 2654435761L) % 10_000 / 10_000.0;
}
