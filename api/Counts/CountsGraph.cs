using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;

namespace InstaIntel.Api.Counts;

public sealed class TrackingLevelGraphType : EnumerationGraphType<TrackingLevel>
{
    public TrackingLevelGraphType()
    {
        Name = "TrackingLevel";
        Description = "COUNTS: the profile's counts once a day (one request); LISTS: counts plus follower and following crawls.";
    }
}

public sealed class CountIntervalGraphType : EnumerationGraphType<CountInterval>
{
    public CountIntervalGraphType()
    {
        Name = "CountInterval";
        Description = "The period of one point of a count curve, in UTC: a day, an ISO week from Monday, or a calendar month.";
    }
}

public sealed class RankByGraphType : EnumerationGraphType
{
    public RankByGraphType()
    {
        Name = "RankBy";
        Description = "What `rankings` orders by, largest first.";
        Add("FOLLOWERS", RankBy.Followers, "The latest follower count.");
        Add("GAIN_7D", RankBy.Gain7D, "Followers gained over the last 7 days.");
        Add("GAIN_30D", RankBy.Gain30D, "Followers gained over the last 30 days.");
        Add("GROWTH_PCT_30D", RankBy.GrowthPct30D, "Followers gained over the last 30 days, in % of the count at its start.");
    }
}

public sealed class ProfileEventKindGraphType : EnumerationGraphType<ProfileEventKind>
{
    public ProfileEventKindGraphType()
    {
        Name = "ProfileEventKind";
        Description = "Which profile field changed.";
    }
}

public sealed class CountPointType : ObjectGraphType<CountBucket>
{
    public CountPointType()
    {
        Name = "CountPoint";
        Description = "One period of a count curve: the last reading in it; counts are null where the period had none.";
        Field(x => x.At).Description("The period's start (UTC).");
        Field(x => x.Followers, nullable: true).Description("Followers at the period's last reading; null when the period has none.");
        Field(x => x.Following, nullable: true).Description("Accounts followed at the period's last reading; null when the period has none.");
        Field(x => x.Posts, nullable: true).Description("Posts at the period's last reading; null when the period has none.");
    }
}

public sealed class GrowthType : ObjectGraphType<Growth>
{
    public GrowthType()
    {
        Name = "CountGrowth";
        Description = "Followers gained over a window: from the last reading at or before its start (else the first inside it) to the latest.";
        Field(x => x.Days).Description("The span asked for, in days.");
        Field(x => x.From).Description("When the reading the gain starts from was taken.");
        Field(x => x.To).Description("When the latest reading was taken.");
        Field(x => x.FollowersFrom).Description("Followers at the reading the gain starts from.");
        Field(x => x.FollowersTo).Description("Followers at the latest reading.");
        Field(x => x.Absolute).Description("Followers gained (negative when lost).");
        Field(x => x.Percent, nullable: true).Description("The gain in % of `followersFrom`; null when that is 0.");
    }
}

public sealed class ProjectionType : ObjectGraphType<Projection>
{
    public ProjectionType()
    {
        Name = "CountProjection";
        Description = "A straight line fitted (least squares) to the last follower reading of each day of the 30 days up to the latest one, carried `days` ahead, "
            + "with a band of ±2 standard errors of a new reading (about 95%, never below 0).";
        Field(x => x.Days).Description("How far ahead, in days: the days asked for, or twice the days the readings span when that is less.");
        Field(x => x.At).Description("The moment projected: the latest reading plus `days`.");
        Field(x => x.Followers).Description("The line's value at `at`.");
        Field(x => x.Low).Description("The band's lower edge: the line's value less two standard errors.");
        Field(x => x.High).Description("The band's upper edge: the line's value plus two standard errors.");
        Field(x => x.SlopePerDay).Description("Followers gained per day along the line.");
        Field(x => x.Points).Description("How many days' readings the line was fitted to.");
    }
}

public sealed class ProfileEventType : ObjectGraphType<ProfileEvent>
{
    public ProfileEventType()
    {
        Name = "ProfileEvent";
        Description = "A change of a tracked account's profile between two readings: a rename, a new name, biography, website or picture, or a verified or private flag.";
        Field(x => x.At).Description("When the reading that saw the change was taken.");
        Field<NonNullGraphType<ProfileEventKindGraphType>>("kind").Description("What changed.").Resolve(c => c.Source.Kind);
        Field(x => x.Before, nullable: true).Description("The value before; null when there was none.");
        Field(x => x.After, nullable: true).Description("The value after; null when it was removed.");
    }
}

public sealed class RankingType : ObjectGraphType<Ranking>
{
    public RankingType()
    {
        Name = "Ranking";
        Description = "A tracked account's place in `rankings`, with every measure rankings can order by.";
        Field(x => x.Rank).Description("The place, from 1.");
        Field<NonNullGraphType<AccountType>>("account").Description("The tracked account.").Resolve(c => c.Source.Account);
        Field(x => x.Followers).Description("Followers at the latest reading.");
        Field<IntGraphType>("gain7d").Description("Followers gained over the last 7 days; null without a reading that old.").Resolve(c => c.Source.Gain7D);
        Field<IntGraphType>("gain30d").Description("Followers gained over the last 30 days; null without a reading that old.").Resolve(c => c.Source.Gain30D);
        Field<FloatGraphType>("growthPct30d").Description("The 30-day gain in %; null without a reading that old.").Resolve(c => c.Source.GrowthPct30D);
    }
}
