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
    /// <summary>The list page says `should_limit_list_of_followers: true`, holds fewer users than asked and no next page.</summary>
    ListLimited,
    /// <summary>The list ends after this page although more people follow.</summary>
    ShortList,
    /// <summary>The page holds half as many people as asked, with a next page: Instagram's pages are often smaller than asked.</summary>
    ShortPage,
    /// <summary>400 `error_type: rate_limit_error`.</summary>
    RateLimitError,
    /// <summary>400 `error_type: sentry_block`: Instagram's spam filter refusing the request outright.</summary>
    SentryBlock,
    /// <summary>400 `useragent mismatch`, whatever the request looked like.</summary>
    UseragentMismatch,
    /// <summary>200 with `status: fail` and an empty message.</summary>
    StatusFail,
    /// <summary>404 with the plain-text body `Not Found` (no JSON).</summary>
    BareNotFound,
    /// <summary>The answer to a retired app version (400 `checkpoint_required` to `/web/unsupported_version/`).</summary>
    UnsupportedVersion,
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
    /// A `max_id` cursor is also tried as the offset it stands for, so `max_id=300` still matches an opaque cursor.
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

    public Fault? Next(string pathAndQuery, string? plainPathAndQuery = null)
    {
        var n = Interlocked.Increment(ref requestNumber);
        lock (active)
        {
            foreach (var fault in active.Where(f => pathAndQuery.Contains(f.Match, StringComparison.OrdinalIgnoreCase)
                || plainPathAndQuery?.Contains(f.Match, StringComparison.OrdinalIgnoreCase) == true))
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
