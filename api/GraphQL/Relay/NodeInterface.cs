using GraphQL.Types;

namespace InstaIntel.Api.GraphQL.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "The node interface is implemented by entities that have a global unique identifier.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
