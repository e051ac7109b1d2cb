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
        Field(x => x.Username);
        Field(x => x.FullName);
        Field(x => x.ProfilePicUrl, nullable: true);
        Field(x => x.IsVerified);
        Field(x => x.IsPrivate);
        Field<NonNullGraphType<StringGraphType>>("profileUrl").Resolve(c => Handle.ProfileUrl(c.Source.Username));
        Field(x => x.UpdatedAt).Description("When a crawl last refreshed this profile.");
        ProfileStoryFields.Register(this);
    }
}
