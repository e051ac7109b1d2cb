namespace InstaIntel.Api.Instagram;

/// <summary>Something Instagram answered that stops or pauses a crawl; the message tells the user what to do.</summary>
public abstract class InstagramException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>429: pause, then continue.</summary>
public sealed class RateLimitedException(TimeSpan? retryAfter)
    : InstagramException("Instagram asked us to slow down (rate limit). The crawl pauses and continues by itself.")
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>
/// Instagram told this session to stop: an action block (`feedback_required`, `spam`, "we limit how often", "Please
/// wait a few minutes" other than a plain 429), or another stop signal (`rate_limit_error`, `sentry_block`,
/// "useragent mismatch", a 200 whose status is `fail`). Every request of the session stops at once, on every surface;
/// retrying or switching surface only lengthens the block.
/// </summary>
public sealed class ActionBlockedException : InstagramException
{
    public ActionBlockedException(string? instagramSays, DateTime? until = null)
        : base("Instagram has temporarily blocked this session (action block"
            + (string.IsNullOrWhiteSpace(instagramSays) ? "" : $": \"{instagramSays.Trim()}\"")
            + "). Every crawl on it pauses and continues by itself after the block; using the account less, from one place, makes blocks rarer.")
        => Until = until;

    private ActionBlockedException(string message, TimeSpan pause) : base(message) => Pause = pause;

    /// <summary>A stop signal other than an action block: the session rests for <paramref name="pause"/>, with advice.</summary>
    public static ActionBlockedException Signal(string signal, TimeSpan pause, string advice) =>
        new($"Instagram answered {signal}, so this session rests for {Describe(pause)} on every surface. {advice}", pause);

    /// <summary>When the block is known to end (a session already blocked); null for a block just met.</summary>
    public DateTime? Until { get; }
    /// <summary>How long the session rests, when the signal says so; null: `Instagram:ActionBlockPause`.</summary>
    public TimeSpan? Pause { get; }

    private static string Describe(TimeSpan pause) => pause.TotalHours >= 1 ? $"{pause.TotalHours:0.#} h" : $"{pause.TotalMinutes:0} min";
}

/// <summary>The session cannot be used until the user replaces it; crawls wait for that, then resume.</summary>
public abstract class SessionProblemException(string message) : InstagramException(message);

public sealed class NoSessionException(string? message = null)
    : SessionProblemException(message ?? "No Instagram session is connected. Connect one in Settings; the crawl continues as soon as one is.");

public sealed class SessionExpiredException()
    : SessionProblemException("Your Instagram session has expired or was logged out. Log in to instagram.com in a browser, then import the new sessionid (or log in) in Settings; the crawl continues from where it stopped.");

public sealed class CheckpointException(string? url)
    : SessionProblemException($"Instagram wants to confirm it is you (checkpoint). Open {url ?? "instagram.com"} in a browser where this account is logged in, complete the check, then reconnect the session in Settings; the crawl continues from where it stopped.")
{
    public string? Url { get; } = url;
}

/// <summary>
/// The app's surfaces refused the app version the session presents (`…/web/unsupported_version/`): nothing the user
/// does on Instagram clears it, only a newer app fingerprint in the settings. The session's browser surfaces, when it
/// may use them, go on.
/// </summary>
public sealed class AppOutdatedException(string appVersion)
    : SessionProblemException($"Instagram no longer accepts the Android app version this session presents ({appVersion}). Set a current one in " +
        "Instagram:Android:AppVersion, VersionCode and BloksVersionId (the three belong together; instagrapi's current defaults are listed in " +
        "docs/instagram-shapes.md §3), restart, and the crawl continues from where it stopped.");

public sealed class PrivateAccountException(string username)
    : InstagramException($"@{username} is private and your session does not follow it, so Instagram does not show its lists.");

public sealed class UserNotFoundException(string username)
    : InstagramException($"Instagram has no account @{username}: check the spelling, or the account was renamed or deleted.");

/// <summary>A source broke in a way the next source may not share (changed query hash, 404, unreadable shape).</summary>
public sealed class SourceUnavailableException(string message, Exception? inner = null) : InstagramException(message, inner);

/// <summary>A response that does not parse, e.g. cut off mid-way; worth retrying.</summary>
public sealed class UnreadableResponseException(string what, Exception? inner = null)
    : InstagramException($"Instagram sent a {what} response we could not read (it may have been cut off).", inner);

public sealed class LoginFailedException(string message) : InstagramException(message);

/// <summary>Instagram listed less than the profile's count says; a partial list must not mark anyone lost.</summary>
public class IncompleteListException(string message) : InstagramException(message);

/// <summary>Instagram flagged the list as cut short (`should_limit_list_of_followers`).</summary>
public sealed class ListLimitedException(string username)
    : IncompleteListException($"Instagram is limiting the follower list of @{username} for this session, so it showed only part of it. Nobody was marked lost; try again later.");

public static class InstagramUnreachable
{
    /// <summary>Instagram did not answer at all: a dropped connection, a timeout, or the circuit opened after both.</summary>
    public static bool Is(Exception e) =>
        e is HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException;
}
