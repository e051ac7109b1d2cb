using System.Diagnostics;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Security;

namespace InstaIntel.Api.Crawling;

/// <summary>
/// How a step of a crawl ended, in the terms the crawler acts on: what a read from Instagram brought, what a list's
/// reading came to, or (a <see cref="CrawlEnd"/>) how the crawl pauses or ends. <see cref="Of"/> is the one place
/// where what the Instagram client, or anything else under a crawl, throws becomes an outcome.
/// </summary>
public abstract record CrawlOutcome
{
    private CrawlOutcome() { }

    public sealed record Profile(InstagramProfile Value) : CrawlOutcome;
    public sealed record Page(FollowPage Value) : CrawlOutcome;

    /// <summary>How one list's reading ended: the source of its last page, how many it holds now, whether Instagram cut it short.</summary>
    public sealed record ListRead(FollowSource Source, int Listed, bool CutShort = false) : CrawlOutcome;

    /// <summary>429: the crawl pauses for <paramref name="Pause"/>, visibly, then asks again.</summary>
    public sealed record RateLimited(TimeSpan Pause) : CrawlOutcome;

    /// <summary>A source failed in a way the next source may not share; without a next one it ends the list's reading.</summary>
    public abstract record SourceFailure(string Reason) : CrawlOutcome;
    /// <summary>A response that did not parse (cut off mid-way): worth asking again before it counts as a failure.</summary>
    public sealed record Unreadable(string Reason) : SourceFailure(Reason);
    /// <summary>A changed query hash, a 404, a shape the source no longer serves.</summary>
    public sealed record SourceUnavailable(string Reason) : SourceFailure(Reason);
    /// <summary>Instagram did not answer at all: a dropped connection, a timeout, the circuit opened after both.</summary>
    public sealed record Unreachable(Exception Cause) : SourceFailure(Cause.Message);

    /// <summary>How a crawl pauses or ends; the crawler records it as the crawl's state, with its advice.</summary>
    public abstract record CrawlEnd : CrawlOutcome;
    public sealed record Completed : CrawlEnd;
    /// <summary>Instagram told the session to stop (an action block or another stop signal): the crawl rests with it.</summary>
    public sealed record ActionBlocked(ActionBlockedException Signal) : CrawlEnd;
    /// <summary>The session cannot be used until the user replaces it (expired, checkpoint, app version refused, none connected).</summary>
    public sealed record NeedsSession(SessionProblemException Problem) : CrawlEnd;
    /// <summary>The target is private and the session does not follow it: another session may.</summary>
    public sealed record PrivateTarget(string Reason) : CrawlEnd;
    /// <summary>Instagram listed less than the profile's count says: nobody may be marked lost.</summary>
    public sealed record Incomplete(string Reason) : CrawlEnd;
    public sealed record Failed(string Reason, LogLevel Severity = LogLevel.Warning) : CrawlEnd;
    /// <summary>Instagram did not answer at all: the crawl waits, longer each time, and tries again.</summary>
    public sealed record Offline(Exception Cause) : CrawlEnd
    {
        public static string Advice(DateTime retryAt) =>
            $"Instagram cannot be reached: no answer at all (the network is down, a proxy refuses, or Instagram has an outage). " +
            $"The crawl tries again at {retryAt:HH:mm} UTC, waiting longer each time; check the connection and the session's proxy.";
    }
    public sealed record Unexpected(Exception Error) : CrawlEnd;

    /// <summary>
    /// Every surface the session's client may use failed: the crawl pauses rather than cross to the other client's
    /// surfaces, which could log the user's browser out.
    /// </summary>
    public sealed record SurfacesExhausted(SessionClient Client, string LastReason) : CrawlEnd
    {
        public string Advice =>
            $"Every surface a {(Client == SessionClient.App ? "session logged in as the Android app" : "browser session")} may read lists from " +
            $"failed (last: {LastReason.TrimEnd('.')}). The crawl pauses and tries again later. " +
            (Client == SessionClient.App
                ? "If it keeps failing, check the app fingerprint (Instagram:Android) or connect a browser session in Settings."
                : "If it keeps failing, connect a session logged in as the app in Settings. Letting this session use the app's surfaces " +
                  "(Settings) is possible, but Instagram may answer login_required and log your browser out.");
    }

    /// <summary>
    /// What <paramref name="e"/>, thrown by a read or anything else under a crawl, means for it. Cancellation is not
    /// an outcome: callers let it through.
    /// </summary>
    public static CrawlOutcome Of(Exception e, InstagramOptions options) => e switch
    {
        RateLimitedException limited => new RateLimited(limited.RetryAfter ?? options.RateLimitPause),
        ActionBlockedException signal => new ActionBlocked(signal),
        SessionProblemException problem => new NeedsSession(problem),
        PrivateAccountException => new PrivateTarget(e.Message),
        IncompleteListException => new Incomplete(e.Message),
        UnreadableResponseException => new Unreadable(e.Message),
        SourceUnavailableException => new SourceUnavailable(e.Message),
        InstagramException => new Failed(e.Message),
        VaultException => new Failed(e.Message, LogLevel.Error),
        _ when InstagramUnreachable.Is(e) => new Unreachable(e),
        _ => new Unexpected(e),
    };

    /// <summary>
    /// What this outcome means where nothing falls back on it (the profile look-up, everything outside a read): a
    /// failed source fails the crawl, and Instagram not answering pauses it.
    /// </summary>
    public CrawlEnd AsEnd() => this switch
    {
        CrawlEnd end => end,
        Unreachable(var cause) => new Offline(cause),
        SourceFailure(var reason) => new Failed(reason),
        _ => throw new UnreachableException($"{this} is waited out or read on, never the end of a crawl."),
    };
}
