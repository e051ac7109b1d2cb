using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL.Relay;

namespace InstaIntel.Api.Profiles;

public sealed class ProfileType : ObjectGraphType<Profile>
{
    public const string TypeName = "Profile";

    public ProfileType()
    {
        Name = TypeName;
        Description = "An Instagram user seen in at least one crawled list.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Profile;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(TypeName, c.Source.Pk));
        Field(x => x.Pk).Description("Instagram's user id.");
        Field(x => x.Username).Description("The Instagram username.");
        Field(x => x.FullName).Description("The name shown on the profile.");
        Field(x => x.ProfilePicUrl, nullable: true).Description("The profile picture's URL as last seen.");
        Field(x => x.IsVerified).Description("Whether Instagram shows the verified badge.");
        Field(x => x.IsPrivate).Description("Whether the account is private.");
        Field<NonNullGraphType<StringGraphType>>("profileUrl").Description("The profile on instagram.com.").Resolve(c => Handle.ProfileUrl(c.Source.Username));
        Field(x => x.UpdatedAt).Description("When a crawl last refreshed this profile.");
        ProfileStoryFields.Register(this);
    }
}
