using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.Backups;
using InstaIntel.Api.Instagram;
using InstaIntel.Api.Jobs;
using InstaIntel.Api.Scrapes;

namespace InstaIntel.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        AccountMutations.Register(this);
        ScrapeMutations.Register(this);
        SessionMutations.Register(this);
        JobFields.RegisterMutation(this);
        BackupFields.RegisterMutations(this);
        Followers.FollowerMutations.Register(this);
    }
}
