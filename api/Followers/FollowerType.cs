using GraphQL.Types;
using InstaIntel.Api.GraphQL.Relay;
using InstaIntel.Api.Profiles;

namespace InstaIntel.Api.Followers;

public sealed class FollowerType : ObjectGraphType<FollowerRow>
{
    public FollowerType()
    {
        Name = "Follower";
        Description = "A profile as it appears in one of a tracked account's lists, with when it came and went.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The global ID of the profile.")
            .Resolve(c => GlobalId.Encode(ProfileType.TypeName, c.Source.Pk));
        Field(x => x.Pk).Description("Instagram's user id.");
        Field(x => x.Username).Description("The Instagram username.");
        Field(x => x.FullName).Description("The name shown on the profile.");
        Field(x => x.ProfilePicUrl, nullable: true).Description("The profile picture's URL as last seen.");
        Field(x => x.IsVerified).Description("Whether Instagram shows the verified badge.");
        Field(x => x.IsPrivate).Description("Whether the account is private.");
        Field(x => x.ProfileUrl).Description("The profile on instagram.com.");
        Field(x => x.FirstSeenAt).Description("When the crawl that first saw this relation completed.");
        Field(x => x.LastSeenAt).Description("When the latest crawl that saw this relation completed.");
        Field(x => x.LostAt, nullable: true).Description("When the crawl that no longer saw this relation completed; null while present.");
        Field(x => x.FollowedAt, nullable: true).Description("When the relation began, as Instagram's data download tells it; null where no archive was imported.");
        Field<LostReasons.LostReasonGraphType>("lostReason").Resolve(c => c.Source.LostReason)
            .Description("Why this relation was lost, once checked after the crawl that lost it; null while present, unchecked, or for a person known by username only.");
        Field(x => x.LostReasonCheckedAt, nullable: true).Description("When `lostReason` was checked with Instagram.");
        Field(x => x.IsNew).Description("First seen in the latest complete crawl of this list.");
        Field(x => x.IsLost).Description("Lost in the latest complete crawl of this list.");
    }
}
