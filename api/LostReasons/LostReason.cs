namespace InstaIntel.Api.LostReasons;

/// <summary>
/// Why someone left a list, as one look-up of their id with the crawl's session tells it (docs/instagram-shapes.md §7b).
/// Instagram answers "user not found" alike for an account that was deactivated or deleted and for one that blocked
/// the asking account: a second session, when there is one, tells those apart.
/// </summary>
public enum LostReason
{
    /// <summary>The account is there and visible: it left the list (unfollowed, or was removed).</summary>
    Unfollowed,
    /// <summary>No session can see the account: deactivated or deleted.</summary>
    Deactivated,
    /// <summary>The crawl's session cannot see the account, another session can: it blocked the crawl's account.</summary>
    Blocked,
    /// <summary>The crawl's session cannot see the account and no other session could ask: deactivated, deleted or blocked.</summary>
    Unavailable,
}
