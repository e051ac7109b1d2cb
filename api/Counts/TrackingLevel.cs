using System.ComponentModel;

namespace InstaIntel.Api.Counts;

/// <summary>
/// How much of an account is read: its profile counts once a day (one request), or those plus its follower and
/// following lists (one request per page). Adding an account watches its counts; asking for a crawl makes it a list account.
/// </summary>
public enum TrackingLevel
{
    [Description("Profile counts once a day: one request per account.")] Counts,
    [Description("Counts, and follower and following crawls.")] Lists,
}
