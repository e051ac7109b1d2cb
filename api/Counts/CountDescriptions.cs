namespace InstaIntel.Api.Counts;

/// <summary>Descriptions of the counts' schema members that the type declarations leave to SchemaDescriptions.</summary>
public static class CountDescriptions
{
    public static readonly Dictionary<string, string> Texts = new()
    {
        ["Account.biography"] = "The profile's biography at the latest reading.",
        ["TrackingLevel.COUNTS"] = "Profile counts once a day: one request per account.",
        ["TrackingLevel.LISTS"] = "Counts, and follower and following crawls.",
        ["CountPoint.followers"] = "Followers at the period's last reading; null when the period has none.",
        ["CountPoint.following"] = "Accounts followed at the period's last reading; null when the period has none.",
        ["CountPoint.posts"] = "Posts at the period's last reading; null when the period has none.",
        ["CountInterval.DAY"] = "One point per UTC day.",
        ["CountInterval.WEEK"] = "One point per week, starting Monday (UTC).",
        ["CountInterval.MONTH"] = "One point per calendar month (UTC).",
        ["CountGrowth.days"] = "The span asked for, in days.",
        ["CountGrowth.followersFrom"] = "Followers at the reading the gain starts from.",
        ["CountGrowth.followersTo"] = "Followers at the latest reading.",
        ["CountProjection.days"] = "How far ahead, in days.",
        ["CountProjection.low"] = "The band's lower edge: the line's value less two standard errors.",
        ["CountProjection.high"] = "The band's upper edge: the line's value plus two standard errors.",
        ["ProfileEvent.at"] = "When the reading that saw the change was taken.",
        ["ProfileEvent.kind"] = "What changed.",
        ["ProfileEvent.before"] = "The value before; null when there was none.",
        ["ProfileEvent.after"] = "The value after; null when it was removed.",
        ["ProfileEventKind.RENAMED"] = "The username changed.",
        ["ProfileEventKind.FULL_NAME"] = "The full name changed.",
        ["ProfileEventKind.BIOGRAPHY"] = "The biography changed.",
        ["ProfileEventKind.EXTERNAL_URL"] = "The website link changed.",
        ["ProfileEventKind.PICTURE"] = "The profile picture changed.",
        ["ProfileEventKind.VERIFIED"] = "The verified badge was given or taken away.",
        ["ProfileEventKind.PRIVATE"] = "The account went private or public.",
        ["Ranking.rank"] = "The place, from 1.",
        ["Ranking.account"] = "The tracked account.",
        ["Ranking.followers"] = "Followers at the latest reading.",
        ["Ranking.gain7d"] = "Followers gained over the last 7 days; null without a reading that old.",
        ["Ranking.gain30d"] = "Followers gained over the last 30 days; null without a reading that old.",
        ["Ranking.growthPct30d"] = "The 30-day gain in %; null without a reading that old.",
        ["SetTrackingLevelInput.level"] = "The tracking level to set.",
    };
}
