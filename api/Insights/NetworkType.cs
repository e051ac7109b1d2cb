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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeType>>>>("nodes").Description("The profiles in the graph.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Description("Who follows whom among them.").Resolve(c => c.Source.Edges);
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
        Description = "A profile in the network graph.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The `Account` or `Profile` global ID.").Resolve(c => c.Source.Id);
        Field(x => x.IsTrackedAccount).Description("Whether it is a tracked account.");
        Field(x => x.Pk, nullable: true).Description("The Instagram user id.");
        Field(x => x.Username).Description("The Instagram username.");
        Field(x => x.FullName).Description("The name shown on the profile.");
        Field(x => x.ProfilePicUrl, nullable: true).Description("The profile picture's URL.");
        Field(x => x.IsVerified).Description("Whether Instagram shows the verified badge.");
        Field(x => x.Degree).Description("Edges of this node in the returned graph; for a profile, how many of the accounts it relates to.");
    }
}

public sealed class NetworkEdgeType : ObjectGraphType<NetworkEdge>
{
    public NetworkEdgeType()
    {
        Name = "NetworkEdge";
        Description = "A present relation between a tracked account (`source`) and a profile (`target`).";
        Field<NonNullGraphType<IdGraphType>>("source").Description("The node the edge starts at.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Description("The node the edge ends at.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<EnumerationGraphType<NetworkRelation>>>("relation").Description("Who follows whom between the two nodes.").Resolve(c => c.Source.Relation);
    }
}
