using GraphQL.Types;

namespace InstaIntel.Api.Followers;

public sealed class FollowerViewType : EnumerationGraphType<FollowerView>
{
    public FollowerViewType() => Description = "A list of a tracked account's relations.";
}
