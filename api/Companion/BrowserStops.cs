using InstaIntel.Api.Crawls;
using InstaIntel.Api.Instagram;

namespace InstaIntel.Api.Companion;

/// <summary>What made the companion stop reading, as instagram.com showed it in the browser.</summary>
public enum BrowserStopSignal { LoginRequired, CheckpointRequired, FeedbackRequired, RateLimited, LoggedOut }

/// <summary>
/// The pause a stop signal from the browser comes to: the states a server crawl gets for the same signal, with advice
/// for a crawl that goes on only when the user resumes it in their browser (or, after a rate limit, when the
/// companion claims it again past its resume time).
/// </summary>
public static class BrowserStops
{
    private const string Resume = "then choose \"Resume in my browser\" on the Crawls page; the crawl goes on from the last page it stored.";

    public static (CrawlStatus Status, DateTime? ResumesAt, string Advice) Of(BrowserStopSignal signal, string? detail, InstagramOptions options, DateTime now)
    {
        var says = Clean(detail) is { } text ? $" (Instagram said: \"{text}\")" : "";
        return signal switch
        {
            BrowserStopSignal.LoginRequired => (CrawlStatus.PausedNeedsSession, null,
                $"Instagram asked this browser to log in{says}. Log in to instagram.com in it, {Resume}"),
            BrowserStopSignal.LoggedOut => (CrawlStatus.PausedNeedsSession, null,
                $"Instagram logged this browser out{says}. Log in to instagram.com again and use the account by hand for a while, {Resume}"),
            BrowserStopSignal.CheckpointRequired => (CrawlStatus.PausedNeedsSession, null,
                $"Instagram wants to confirm it is you (checkpoint){says}. Complete the check on instagram.com in this browser, {Resume}"),
            BrowserStopSignal.FeedbackRequired => (CrawlStatus.PausedActionBlocked, now + options.ActionBlockPause,
                $"Instagram has temporarily blocked this account (action block){says}. Wait until the time shown, {Resume} Using the account less, from one place, makes blocks rarer."),
            _ => (CrawlStatus.PausedRateLimited, now + options.RateLimitPause,
                $"Instagram asked this browser to slow down (rate limit){says}. The browser companion goes on by itself after the time shown."),
        };
    }

    /// <summary>What the page said, one line, bounded: it is shown to the user as it came.</summary>
    private static string? Clean(string? detail)
    {
        var line = new string((detail ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return line.Length == 0 ? null : line.Length <= 200 ? line : line[..197] + "...";
    }
}
