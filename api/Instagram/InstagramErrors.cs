namespace InstaIntel.Api.Instagram;

/// <summary>Something Instagram answered that stops or pauses a crawl; the message tells the user what to do.</summary>
public abstract class InstagramException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>429 or "Please wait a few minutes": pause, then continue.</summary>
public sealed class RateLimitedException(TimeSpan? retryAfter)
    : InstagramException("Instagram asked us to slow down (rate limit). The crawl pauses and continues by itself.")
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

public sealed class SessionExpiredException()
    : InstagramException("Your Instagram session has expired or was logged out. Import a fresh sessionid or log in again in Settings, then start the crawl again.");

public sealed class CheckpointException(string? url)
    : InstagramException($"Instagram wants to confirm it is you (checkpoint). Open {url ?? "instagram.com"} in a browser where this account is logged in, complete the check, then start the crawl again.")
{
    public string? Url { get; } = url;
}

public sealed class PrivateAccountException(string username)
    : InstagramException($"@{username} is private and your session does not follow it, so Instagram does not show its lists.");

public sealed class UserNotFoundException(string username)
    : InstagramException($"Instagram has no account @{username}: check the spelling, or the account was renamed or deleted.");

/// <summary>A source broke in a way the other source may not share (changed query hash, 404, unreadable shape).</summary>
public sealed class SourceUnavailableException(string message, Exception? inner = null) : InstagramException(message, inner);

/// <summary>A response that does not parse, e.g. cut off mid-way; worth retrying.</summary>
public sealed class UnreadableResponseException(string what, Exception? inner = null)
    : InstagramException($"Instagram sent a {what} response we could not read (it may have been cut off).", inner);

public sealed class LoginFailedException(string message) : InstagramException(message);

/// <summary>The mobile API flagged the list as cut short (`should_limit_list_of_followers`); a partial list must not mark anyone lost.</summary>
public sealed class ListLimitedException(string username)
    : InstagramException($"Instagram is limiting the follower list of @{username} for this session, so a complete crawl is not possible now. Try again later.");
