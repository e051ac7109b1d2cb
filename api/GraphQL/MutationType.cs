using GraphQL.Types;
using InstaIntel.Api.Accounts;

namespace InstaIntel.Api.GraphQL;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        AccountMutations.Register(this);
    }
}
