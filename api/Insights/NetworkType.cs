using GraphQL;
using GraphQL.Types;
using InstaIntel.Api.Accounts;
using InstaIntel.Api.GraphQL;

namespace InstaIntel.Api.Insights;

public sealed class NetworkType : ObjectGraphType<Network>
{
    public NetworkType()
    {
        Name = "Network";
        Description = "Tracked accounts and the profiles they share, as a graph.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field(x => x.TotalNodeCount).Description("Nodes before the cap: the tracked accounts plus every profile that qualifies.");
        Field(x => x.TotalEdgeCount).Description("Edges before the cap.");
        Field(x => x.Truncated).Description("Whether the cap left nodes out (`nodes` is shorter than `totalNodeCount`).");
    }
}

public sealed class NetworkNodeType : ObjectGraphType<NetworkNode>
{
    public NetworkNodeType()
    {
        Name = "NetworkNode";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The `Account` or `Profile` global ID.").Resolve(c => c.Source.Id);
        Field(x => x.IsTrackedAccount);
        Field(x => x.Pk, nullable: true);
        Field(x => x.Username);
        Field(x => x.FullName);
        Field(x => x.ProfilePicUrl, nullable: true);
        Field(x => x.IsVerified);
        Field(x => x.Degree).Description("Edges of this node in the returned graph; for a profile, how many of the accounts it relates to.");
    }
}

public sealed class NetworkEdgeType : ObjectGraphType<NetworkEdge>
{
    public NetworkEdgeType()
    {
        Name = "NetworkEdge";
        Description = "A present relation between a tracked account (`source`) and a profile (`target`).";
        Field<NonNullGraphType<IdGraphType>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<EnumerationGraphType<NetworkRelation>>>("relation").Resolve(c => c.Source.Relation);
    }
}
